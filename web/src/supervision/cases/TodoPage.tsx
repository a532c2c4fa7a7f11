import { Button, Card, Segmented } from 'antd';
import { useCallback, useState } from 'react';
import { useMe } from '../../auth/SessionProvider';
import { useT } from '../../i18n';
import { CASE_STATUSES, type CaseStatus, type SupervisionCase } from '../types';
import { AnswerModal } from './AnswerModal';
import { CaseTable } from './CaseTable';
import { canAnswer } from './permissions';

type Dialog = { item: SupervisionCase; reload: () => void } | null;

/** 待办督办件 (B2), for a department: its cases, answered here with the handling and evidence. */
export default function TodoPage() {
  const t = useT();
  const me = useMe();
  const [status, setStatus] = useState<'' | CaseStatus>('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const actions = useCallback(
    (c: SupervisionCase, reload: () => void) =>
      canAnswer(me.role, c.status) && (
        <Button
          size="small"
          type="primary"
          onClick={() => setDialog({ item: c, reload })}
          data-testid="case-answer"
        >
          {t('answer.title')}
        </Button>
      ),
    [me.role, t],
  );
  return (
    <Card title={t('menu.supervisionTodo')}>
      {/* In the body, not the header: on a phone the header has no room for five statuses. */}
      <div style={{ overflowX: 'auto', marginBottom: 16 }}>
        <Segmented<'' | CaseStatus>
          value={status}
          onChange={setStatus}
          data-testid="todo-status"
          options={(['', ...CASE_STATUSES] as const).map((s) => ({
            value: s,
            label: s ? t(`case.status.${s}`) : t('common.all'),
          }))}
        />
      </div>
      <CaseTable
        key={status}
        query={{ status }}
        showDepartment={false}
        actions={actions}
        testId="todo-table"
      />
      {dialog && (
        <AnswerModal
          item={dialog.item}
          onClose={() => setDialog(null)}
          onDone={() => {
            dialog.reload();
            setDialog(null);
          }}
        />
      )}
    </Card>
  );
}
