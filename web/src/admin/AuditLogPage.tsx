import { Alert, Button, Card, Input, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import type { Answer, Item } from '../api/typed';
import { useT } from '../i18n';
import { EnumSelect, RangeFilter, rangeQuery, type DayRange } from '../shared/filters';
import { formatDateTime } from '../shared/format';
import { PagedTable } from '../shared/PagedTable';
import { useAction } from '../shared/useAction';

type Row = Item<'searchAuditLog'>;
type Outcome = Row['outcome'];
type Report = Answer<'verifyAuditChain'>;
const OUTCOMES: readonly Outcome[] = ['ok', 'denied', 'failed'];
const OUTCOME_COLOR: Record<Outcome, string> = { ok: 'green', denied: 'orange', failed: 'red' };

/** 审计日志: search by actor, action, outcome and time (newest first); verify the SM3 hash chain. */
export default function AuditLogPage() {
  const t = useT();
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [range, setRange] = useState<DayRange>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [verifying, run] = useAction();
  const query = useMemo(() => ({ actor, action, outcome, ...rangeQuery(range) }), [actor, action, outcome, range]);
  const columns = useMemo<TableColumnsType<Row>>(
    () => [
      { key: 'at', dataIndex: 'at', title: t('audit.at'), width: 170, render: (d: string) => formatDateTime(d) },
      {
        key: 'actor',
        title: t('audit.actor'),
        render: (_, r) => (
          <Space size={4} wrap>
            {r.actorName ? <Typography.Text code>{r.actorName}</Typography.Text> : <span>{t('common.none')}</span>}
            <Tag>{t(`audit.actorType.${r.actorType}`)}</Tag>
          </Space>
        ),
      },
      { key: 'action', dataIndex: 'action', title: t('audit.action'), render: (a: string) => <Typography.Text code>{a}</Typography.Text> },
      {
        key: 'target',
        title: t('audit.target'),
        ellipsis: true,
        // What the row is about, as the record names it (a table and an id): shown as code, not as words.
        render: (_, r) => (r.targetType ? <Typography.Text code>{`${r.targetType}${r.targetId ? ` · ${r.targetId}` : ''}`}</Typography.Text> : t('common.none')),
      },
      {
        key: 'outcome',
        dataIndex: 'outcome',
        title: t('audit.outcome'),
        render: (o: Outcome) => <Tag color={OUTCOME_COLOR[o]}>{t(`audit.outcome.${o}`)}</Tag>,
      },
      {
        key: 'sealed',
        dataIndex: 'sealed',
        title: t('audit.sealed'),
        render: (sealed: boolean, r) => (sealed ? `#${r.seq}` : <Tag>{t('audit.unsealed')}</Tag>),
      },
      { key: 'requestId', dataIndex: 'requestId', title: t('audit.requestId'), width: 140, ellipsis: true, render: (id: string | null) => id ?? t('common.none') },
    ],
    [t],
  );
  const verify = () =>
    run(async () => {
      setReport(await api.get<Report>('/api/admin/audit/verify'));
    });
  return (
    <Card
      title={t('menu.auditLog')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify} data-testid="audit-verify">
          {t('audit.verify')}
        </Button>
      }
    >
      {report && (
        <Alert
          type={report.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => setReport(null)}
          title={t(report.ok ? 'audit.verifyOk' : 'audit.verifyBroken')}
          description={report.summary}
          style={{ marginBottom: 16 }}
          data-testid="audit-verify-result"
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('audit.actorPlaceholder')} onSearch={setActor} style={{ width: 260 }} data-testid="audit-actor" />
        <Input.Search allowClear placeholder={t('audit.actionPlaceholder')} onSearch={setAction} style={{ width: 280 }} data-testid="audit-action" />
        <EnumSelect<Outcome> values={OUTCOMES} label={(o) => t(`audit.outcome.${o}`)} value={outcome} onChange={setOutcome} placeholder={t('audit.outcome')} testId="audit-outcome" />
        <RangeFilter value={range} onChange={setRange} testId="audit-range" />
      </Space>
      <PagedTable<Row>
        path="/api/admin/audit"
        query={query}
        columns={columns}
        rowData={(r) => ({ action: r.action, actor: r.actorName ?? undefined })}
        testId="audit-log"
      />
    </Card>
  );
}
