import { Button, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n';
import type { ItemList } from '../../reference/types';
import { formatDateTime } from '../../shared/format';
import { ListTable } from '../../shared/ListTable';
import { DrawDetail } from './DrawDetail';
import { DrawForm } from './DrawForm';
import { DRAWS_PATH, type DrawSummary } from './types';

/** 双随机抽查: draw, list the department's draws, open one to see the enterprises and officer pairs. */
export default function RandomDrawsPage() {
  const t = useT();
  const [selected, setSelected] = useState<string | null>(null);
  const draws = useApiQuery<ItemList<DrawSummary>>(DRAWS_PATH);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <DrawForm
          onDrawn={(draw) => {
            draws.reload();
            setSelected(draw.id);
          }}
        />
      </Col>
      <Col xs={24} lg={16}>
        <Card title={t('menu.randomDraws')} style={{ marginBottom: 16 }}>
          <ListTable<DrawSummary>
            list={draws}
            size="small"
            data-testid="draw-list"
            pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
            rowClassName={(d) => (d.id === selected ? 'ant-table-row-selected' : '')}
            columns={[
              {
                key: 'createdAt',
                title: t('field.createdAt'),
                render: (_, d) => formatDateTime(d.createdAt),
              },
              { key: 'seed', dataIndex: 'seed', title: t('draw.seed') },
              { key: 'population', dataIndex: 'population', title: t('draw.population') },
              { key: 'drawn', dataIndex: 'drawn', title: t('draw.drawn') },
              {
                key: 'open',
                title: t('common.actions'),
                render: (_, d) => (
                  <Button size="small" onClick={() => setSelected(d.id)} data-testid="draw-open">
                    {t('common.open')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
        {selected && <DrawDetail key={selected} id={selected} />}
      </Col>
    </Row>
  );
}
