import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../api/useShowError';
import { useT } from '../../i18n';
import { saveBlob } from '../../shared/download';
import { importPenalties } from '../api';
import type { PenaltyImportResult } from '../types';
import { IMPORT_COLUMNS } from './importColumns';
import { PenaltyImportResultModal } from './PenaltyImportResultModal';

const ACCEPTED = /\.(xlsx|csv)$/i;

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** 导入 (.xlsx/.csv) with the row-error modal, and a CSV template with the headers the import reads. */
export function PenaltyImportButton({ onImported }: { onImported: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PenaltyImportResult | null>(null);

  const upload = async (file: File) => {
    if (!ACCEPTED.test(file.name)) return void message.error(t('enterprise.importBadType'));
    setBusy(true);
    try {
      setResult(await importPenalties(file));
      onImported();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const template = () => {
    const lines = [IMPORT_COLUMNS.map((c) => t(c.label)), IMPORT_COLUMNS.map((c) => c.example)];
    const csv = lines.map((l) => l.map(csvCell).join(',')).join('\r\n');
    // A BOM so that Excel reads the Chinese headers as UTF-8.
    saveBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), `${t('credit.import.templateName')}.csv`);
  };

  return (
    <Space>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} title={t('enterprise.importHint')} data-testid="penalty-import">
          {t('enterprise.import')}
        </Button>
      </Upload>
      <Button icon={<DownloadOutlined />} onClick={template} data-testid="penalty-import-template">
        {t('enterprise.importTemplate')}
      </Button>
      <PenaltyImportResultModal result={result} onClose={() => setResult(null)} />
    </Space>
  );
}
