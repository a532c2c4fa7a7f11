import { Button, Card, Segmented, Space } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../../i18n';
import { CodeLinks } from '../CodeLinks';
import { InspectionTable } from '../InspectionTable';
import { canRecordResult, canRevoke, phaseOf } from '../phase';
import { ResultDrawer } from '../result/ResultDrawer';
import type { Inspection, InspectionStatus } from '../types';
import { ResultModal } from './ResultModal';
import { RevokeModal } from './RevokeModal';

type Dialog = { kind: 'result' | 'revoke'; inspection: Inspection; reload: () => void } | null;
const STATUSES: ('' | InspectionStatus)[] = ['', 'issued', 'done', 'revoked'];

/** 我的检查任务: the visits the officer takes part in; record results (A7), read the enterprise's answers, revoke codes (A5). */
export default function TasksPage() {
  const t = useT();
  const [status, setStatus] = useState<'' | InspectionStatus>('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [result, setResult] = useState<Inspection | null>(null);

  const actions = useCallback(
    (i: Inspection, reload: () => void) => (
      <Space wrap size={4}>
        {canRecordResult(phaseOf(i)) && (
          <Button
            size="small"
            type="primary"
            onClick={() => setDialog({ kind: 'result', inspection: i, reload })}
            data-testid="task-record-result"
          >
            {t('task.recordResult')}
          </Button>
        )}
        {i.result && (
          <Button size="small" onClick={() => setResult(i)} data-testid="task-result-open">
            {t('result.open')}
          </Button>
        )}
        {canRevoke(i) && (
          <Button
            size="small"
            danger
            onClick={() => setDialog({ kind: 'revoke', inspection: i, reload })}
            data-testid="task-revoke"
          >
            {t('task.revoke')}
          </Button>
        )}
        <CodeLinks code={i.code} compact />
      </Space>
    ),
    [t],
  );

  const done = () => {
    dialog?.reload();
    setDialog(null);
  };

  return (
    <Card
      title={t('menu.myTasks')}
      extra={
        <Segmented<'' | InspectionStatus>
          value={status}
          onChange={setStatus}
          data-testid="task-status"
          options={STATUSES.map((s) => ({
            value: s,
            label: s ? t(`inspection.status.${s}`) : t('common.all'),
          }))}
        />
      }
    >
      <InspectionTable
        key={status}
        viewer="officer"
        query={{ mine: true, status }}
        actions={actions}
        testId="task-table"
      />
      {dialog?.kind === 'result' && (
        <ResultModal inspection={dialog.inspection} onClose={() => setDialog(null)} onDone={done} />
      )}
      <ResultDrawer inspection={result} viewer="staff" onClose={() => setResult(null)} />
      {dialog?.kind === 'revoke' && (
        <RevokeModal inspection={dialog.inspection} onClose={() => setDialog(null)} onDone={done} />
      )}
    </Card>
  );
}
