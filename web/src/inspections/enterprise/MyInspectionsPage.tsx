import { Alert, Button, Card, Space } from 'antd';
import { useCallback, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { SERVICE_RECORDS_PATH, type ServiceRecord } from '../../drugs/service-api';
import { ServiceRecordsButton } from '../../drugs/ServiceRecordsButton';
import { useT } from '../../i18n';
import { CodeLinks } from '../CodeLinks';
import { InspectionTable } from '../InspectionTable';
import { phaseOf } from '../phase';
import { ResultDrawer } from '../result/ResultDrawer';
import type { Inspection } from '../types';
import { ArrivalButton } from './ArrivalButton';
import { ComplaintModal } from './ComplaintModal';
import { EvaluateModal } from './EvaluateModal';

type DialogKind = 'evaluate' | 'complain';
type Dialog = { kind: DialogKind; inspection: Inspection; reload: () => void } | null;

/**
 * 我的检查 (enterprise): its visits; confirm arrival (A6), read the result and answer its rectification items (A7),
 * evaluate once and complain (A8); the service given (D4).
 */
export default function MyInspectionsPage() {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [result, setResult] = useState<Inspection | null>(null);
  // The service given with each visit (D4: the extra hour, on-site teaching), read-only.
  const service = useApiQuery<{ items: ServiceRecord[] }>(SERVICE_RECORDS_PATH);
  const open = (kind: DialogKind, inspection: Inspection, reload: () => void) => () =>
    setDialog({ kind, inspection, reload });

  const actions = useCallback(
    (i: Inspection, reload: () => void) => (
      <Space wrap size={4}>
        {phaseOf(i) === 'in-progress' && !i.arrivalConfirmedAt && (
          <ArrivalButton size="small" inspectionId={i.id} onConfirmed={reload} />
        )}
        {i.result && (
          <Button
            size="small"
            type="primary"
            onClick={() => setResult(i)}
            data-testid="inspection-result-open"
          >
            {t('result.open')}
          </Button>
        )}
        {/* The server says whether a rating would be accepted (once, after the visit began, not revoked). */}
        {i.evaluation.allowed && (
          <Button
            size="small"
            type="primary"
            ghost
            onClick={open('evaluate', i, reload)}
            data-testid="inspection-evaluate"
          >
            {t('evaluation.open')}
          </Button>
        )}
        <Button size="small" danger onClick={open('complain', i, reload)} data-testid="inspection-complain">
          {t('complaint.open')}
        </Button>
        <ServiceRecordsButton records={(service.data?.items ?? []).filter((r) => r.inspectionId === i.id)} />
        <CodeLinks code={i.code} compact />
      </Space>
    ),
    [t, service.data],
  );

  const close = () => setDialog(null);
  // Rated: the list is read again, and the server no longer offers the rating.
  const evaluated = () => {
    dialog?.reload();
    close();
  };

  return (
    <Card title={t('menu.myInspections')}>
      <Alert type="info" showIcon title={t('myInspections.rights')} style={{ marginBottom: 16 }} />
      <InspectionTable viewer="enterprise" query={{}} actions={actions} testId="my-inspection-table" />
      {dialog?.kind === 'evaluate' && (
        <EvaluateModal inspection={dialog.inspection} onClose={close} onDone={evaluated} />
      )}
      {dialog?.kind === 'complain' && (
        <ComplaintModal inspection={dialog.inspection} onClose={close} onDone={close} />
      )}
      <ResultDrawer inspection={result} viewer="enterprise" onClose={() => setResult(null)} />
    </Card>
  );
}
