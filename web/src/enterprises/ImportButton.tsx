import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { useShowError } from '../api/useShowError';
import { useT } from '../i18n';
import { importEnterprises } from './api';
import { ImportResultModal } from './ImportResultModal';
import type { ImportResult } from './types';

const ACCEPTED = /\.(xlsx|csv)$/i;

/** 导入: uploads an .xlsx/.csv file and shows what was imported, updated and refused. */
export function ImportButton({ onImported }: { onImported: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const upload = async (file: File) => {
    if (!ACCEPTED.test(file.name)) {
      void message.error(t('enterprise.importBadType'));
      return;
    }
    setBusy(true);
    try {
      setResult(await importEnterprises(file));
      onImported();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void upload(file);
          return false; // we send it ourselves
        }}
      >
        <Button
          icon={<UploadOutlined />}
          loading={busy}
          title={t('enterprise.importHint')}
          data-testid="enterprise-import"
        >
          {t('enterprise.import')}
        </Button>
      </Upload>
      <ImportResultModal result={result} onClose={() => setResult(null)} />
    </>
  );
}
