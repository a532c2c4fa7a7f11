import { Button, Card, Drawer, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import type { Answer, Item } from '../api/typed';
import { useApiQuery } from '../api/useApiQuery';
import { isMessageKey, useT } from '../i18n';
import { ConfirmButton } from '../shared/ConfirmButton';
import { formatDateTime } from '../shared/format';
import { ListTable } from '../shared/ListTable';
import { PagedTable } from '../shared/PagedTable';

type Job = Item<'listJobs'>;
type Run = Item<'listJobRuns'>;
type RunStatus = Run['status'];
const STATUS_COLOR: Record<string, string> = { succeeded: 'green', failed: 'red', running: 'blue' };

function StatusTag({ status }: { status: string | null }) {
  const t = useT();
  if (!status) return <>{t('common.none')}</>;
  const key = `job.status.${status}`;
  return <Tag color={STATUS_COLOR[status]}>{isMessageKey(key) ? t(key) : status}</Tag>;
}

/** A job's runs, newest first: trigger, times, outcome, error. */
function RunsDrawer({ job, onClose }: { job: Job; onClose: () => void }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<Run>>(
    () => [
      { key: 'startedAt', dataIndex: 'startedAt', title: t('job.startedAt'), render: (d: string) => formatDateTime(d) },
      { key: 'finishedAt', dataIndex: 'finishedAt', title: t('job.finishedAt'), render: (d: string | null) => formatDateTime(d) },
      { key: 'trigger', dataIndex: 'trigger', title: t('job.trigger'), render: (tr: Run['trigger']) => t(`job.trigger.${tr}`) },
      { key: 'status', dataIndex: 'status', title: t('job.lastStatus'), render: (s: RunStatus) => <StatusTag status={s} /> },
      { key: 'error', dataIndex: 'error', title: t('job.error'), render: (e: string | null) => e ?? t('common.none') },
    ],
    [t],
  );
  return (
    <Drawer open size={760} title={t('job.history', { name: job.name })} onClose={onClose}>
      <PagedTable<Run>
        path={`/api/admin/jobs/${encodeURIComponent(job.name)}/runs`}
        query={{}}
        columns={columns}
        rowData={(r) => ({ status: r.status })}
        testId="job-runs"
      />
    </Drawer>
  );
}

/** 定时任务: each scheduled job with its schedule, next run and last outcome; run one now; its history. */
export default function JobsPage() {
  const t = useT();
  const jobs = useApiQuery<{ items: Job[] }>('/api/admin/jobs');
  const [history, setHistory] = useState<Job | null>(null);
  const { reload } = jobs;
  const columns = useMemo<TableColumnsType<Job>>(
    () => [
      {
        key: 'name',
        dataIndex: 'name',
        title: t('job.name'),
        render: (name: string) => {
          const key = `job.name.${name}`;
          return (
            <Space direction="vertical" size={0}>
              <span>{isMessageKey(key) ? t(key) : name}</span>
              <Typography.Text type="secondary" code>
                {name}
              </Typography.Text>
            </Space>
          );
        },
      },
      { key: 'schedule', dataIndex: 'schedule', title: t('job.schedule'), render: (s: string) => <Typography.Text code>{s}</Typography.Text> },
      { key: 'nextRunAt', dataIndex: 'nextRunAt', title: t('job.nextRunAt'), render: (d: string | null) => formatDateTime(d) },
      { key: 'lastFinishedAt', dataIndex: 'lastFinishedAt', title: t('job.lastFinishedAt'), render: (d: string | null) => formatDateTime(d) },
      {
        key: 'lastStatus',
        title: t('job.lastStatus'),
        render: (_, j) => <StatusTag status={j.running ? 'running' : j.lastStatus} />,
      },
      {
        key: 'actions',
        title: t('common.actions'),
        render: (_, j) => (
          <Space>
            <ConfirmButton
              type="link"
              size="small"
              disabled={j.running || !j.defined}
              confirm={t('job.runConfirm', { name: j.name })}
              testId="job-run"
              action={async () => {
                const run = await api.post<Answer<'runJob'>>(`/api/admin/jobs/${encodeURIComponent(j.name)}/run`);
                reload();
                return t(run.status === 'succeeded' ? 'job.ranOk' : 'job.ranFailed', { name: j.name });
              }}
            >
              {t('job.runNow')}
            </ConfirmButton>
            <Button type="link" size="small" onClick={() => setHistory(j)} data-testid="job-history">
              {t('job.historyShort')}
            </Button>
          </Space>
        ),
      },
    ],
    [t, reload],
  );
  return (
    <Card title={t('menu.jobs')}>
      <ListTable<Job> list={jobs} columns={columns} rowKey="name" data-testid="jobs" pagination={false} />
      {history && <RunsDrawer job={history} onClose={() => setHistory(null)} />}
    </Card>
  );
}
