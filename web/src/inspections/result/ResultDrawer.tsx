import { Drawer } from 'antd';
import { useT } from '../../i18n';
import { shortCode } from '../api';
import type { Inspection } from '../types';
import { InspectionResultView } from './InspectionResultView';

/** The result of one visit in a drawer as wide as a phone allows (我的检查, 我的检查任务). */
export function ResultDrawer({
  inspection,
  viewer,
  onClose,
}: {
  inspection: Inspection | null;
  viewer: 'enterprise' | 'staff';
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Drawer
      open={inspection !== null}
      width="min(600px, 100vw)"
      onClose={onClose}
      destroyOnHidden
      title={inspection ? t('result.title', { code: shortCode(inspection.code) }) : ''}
    >
      {inspection?.result && (
        <InspectionResultView
          inspectionId={inspection.id}
          result={inspection.result}
          recordedAt={inspection.resultRecordedAt}
          viewer={viewer}
        />
      )}
    </Drawer>
  );
}
