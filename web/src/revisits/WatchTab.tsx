import { Card, Table, Tag } from 'antd';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useT, type Translate } from '../i18n';
import { DownloadButton } from '../shared/DownloadButton';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import type { Scored, WatchList, WatchPart } from './types';

const explain = (t: Translate, parts: WatchPart[]) =>
  parts.map((p) => `${t(`revisits.watch.part.${p.code as 'complaints'}`)} ${p.count} × ${p.weight} = ${p.points}`).join('；');
const COLORS = { high: 'red', medium: 'orange', low: 'default' } as const;

/** G4 — the risk watch list: each score with its parts; exportable. */
export function WatchTab({ period }: { period: string }) {
  const t = useT();
  const q = useApiQuery<WatchList>('/api/revisits/watch-list', { period });
  const scored = [
    { key: 'score', title: t('revisits.watch.score'), dataIndex: 'score' },
    { key: 'level', title: t('revisits.watch.level'), render: (_: unknown, r: Scored) => <Tag color={COLORS[r.level]}>{t(`revisits.watch.level.${r.level}`)}</Tag> },
    { key: 'parts', title: t('revisits.watch.parts'), render: (_: unknown, r: Scored) => explain(t, r.parts) },
  ];
  return (
    <>
      <QueryErrorAlert error={q.error} onRetry={q.reload} />
      <Card
        title={t('revisits.watch.enterprises')}
        style={{ marginBottom: 16 }}
        extra={<DownloadButton fetch={() => api.download('/api/revisits/watch-list/export', { period })} fileName={`revisit-watch-list-${period}.xlsx`} data-testid="watch-export">{t('revisits.export')}</DownloadButton>}
      >
        <Table size="small" rowKey="enterpriseId" loading={q.loading} dataSource={q.data?.enterprises ?? []} scroll={{ x: true }} data-testid="watch-enterprises" columns={[{ key: 'name', title: t('revisits.enterprise'), render: (_, r) => `${r.name}（${r.uscc}）` }, ...scored]} />
      </Card>
      <Card title={t('revisits.watch.teams')}>
        <Table size="small" rowKey="teamId" loading={q.loading} dataSource={q.data?.teams ?? []} scroll={{ x: true }} data-testid="watch-teams" columns={[{ key: 'name', title: t('revisits.workTeam'), render: (_, r) => `${r.department} ${r.name}` }, ...scored]} />
      </Card>
    </>
  );
}
