import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n';
import type { ServiceRecord } from './service-api';
import { ServiceRecordList } from './ServiceRecordList';

/** The enterprise's service records of one inspection (D4, read-only), opened from its inspection; nothing when none. */
export function ServiceRecordsButton({ records }: { records: ServiceRecord[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (records.length === 0) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="inspection-service">
        {t('service.open', { n: records.length })}
      </Button>
      {open && (
        <Modal open title={t('service.title')} footer={null} onCancel={() => setOpen(false)} width={640}>
          <ServiceRecordList items={records} />
        </Modal>
      )}
    </>
  );
}
