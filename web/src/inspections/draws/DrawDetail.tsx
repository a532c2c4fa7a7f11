import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { drawPath, type RandomDraw } from './types';

type Row = RandomDraw['drawn'][number];

/** One draw: its recorded seed, filter and population, the drawn enterprises and their officer pairs. */
export function DrawDetail({ id }: { id: string }) {
  const t = useT();
  const { data, loading, error, reload } = useApiQuery<RandomDraw>(drawPath(id));
  const size = data?.size.startsWith('count:')
    ? t('draw.countOf', { n: data.size.slice('count:'.length) })
    : data && `${(Number(data.size) * 100).toFixed(2)}%`;
  return (
    <Card title={t('draw.detail')} loading={loading && !data} data-testid="draw-detail">
      <QueryErrorAlert error={error} onRetry={reload} />
      {data && (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'seed',
                label: t('draw.seed'),
                children: <Typography.Text copyable>{data.seed}</Typography.Text>,
              },
              { key: 'createdAt', label: t('field.createdAt'), children: formatDateTime(data.createdAt) },
              { key: 'size', label: t('draw.size'), children: size },
              { key: 'population', label: t('draw.population'), children: data.population },
              { key: 'drawn', label: t('draw.drawn'), children: data.drawn.length },
              {
                key: 'hash',
                label: t('draw.populationHash'),
                children: (
                  <Typography.Text code copyable>
                    {data.filter.populationHash ?? t('common.none')}
                  </Typography.Text>
                ),
              },
            ]}
          />
          <Table<Row>
            rowKey={(r, index) => r.enterprise?.id ?? String(index)}
            size="small"
            dataSource={data.drawn}
            data-testid="draw-rows"
            pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'name',
                title: t('enterprise.name'),
                render: (_, r) => r.enterprise?.name ?? t('common.none'),
              },
              {
                key: 'uscc',
                title: t('enterprise.uscc'),
                render: (_, r) => r.enterprise?.uscc ?? t('common.none'),
              },
              {
                key: 'officers',
                title: t('draw.officerPair'),
                render: (_, r) =>
                  r.officers.map((o) => (
                    <Tag key={o.id}>
                      {o.name ?? o.id} {o.certificateNo && `· ${o.certificateNo}`}
                    </Tag>
                  )),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
