import { useState } from 'react';
import { useT } from '../i18n';
import { ImportResultModal, type ImportOutcome, type ImportResultOptions } from './ImportResultModal';
import { UploadButton } from './UploadButton';

interface Props extends ImportResultOptions {
  /** Sends the spreadsheet (.xlsx or .csv) and answers what was written and refused. */
  send: (file: File) => Promise<ImportOutcome>;
  /** Called after an import, so that the list shows the new rows. */
  onImported: () => void;
  label: string;
  /** data-testid of the button. */
  buttonTestId: string;
}

/** 导入: uploads an .xlsx/.csv file and shows what was imported, updated and refused, row by row. */
export function SpreadsheetImport({ send, onImported, label, buttonTestId, ...result }: Props) {
  const t = useT();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  return (
    <>
      <UploadButton
        accept={['xlsx', 'csv']}
        badType={t('enterprise.importBadType')}
        onFile={async (file) => {
          setOutcome(await send(file));
          onImported();
        }}
        title={t('enterprise.importHint')}
        data-testid={buttonTestId}
      >
        {label}
      </UploadButton>
      <ImportResultModal {...result} result={outcome} onClose={() => setOutcome(null)} />
    </>
  );
}
