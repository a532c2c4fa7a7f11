import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../api/useShowError';
import { ImportResultModal } from '../../enterprises/ImportResultModal';
import type { ImportResult } from '../../enterprises/types';
import { useT, type Translate } from '../../i18n';
import { importLedger } from '../api';
import type { LedgerImportResult } from '../types';

const ACCEPTED = /\.(xlsx|csv)$/i;

/** The ledger's outcome in the shape of the shared import result (new, updated, unchanged, bad rows by column). */
function asImportResult(r: LedgerImportResult, t: Translate): ImportResult {
  return {
    imported: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    errors: r.errors.map((e) => ({
      row: e.row,
      code: e.code,
      message: e.message,
      column: e.field ? t(`hotline.field.${e.field}`) : undefined,
    })),
  };
}

/** 导入台账: a 12345 ledger (.xlsx/.csv); valid rows are received like the API, bad rows are listed. */
export function LedgerImportButton({ onImported }: { onImported: () => void }) {
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
      setResult(asImportResult(await importLedger(file), t));
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
          return false;
        }}
      >
        <Button
          icon={<UploadOutlined />}
          loading={busy}
          title={t('enterprise.importHint')}
          data-testid="hotline-import"
        >
          {t('hotline.import')}
        </Button>
      </Upload>
      <ImportResultModal result={result} onClose={() => setResult(null)} />
    </>
  );
}
