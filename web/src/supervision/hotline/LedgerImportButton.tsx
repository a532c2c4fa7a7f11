import { useT, type Translate } from '../../i18n';
import type { ImportOutcome } from '../../shared/ImportResultModal';
import { SpreadsheetImport } from '../../shared/SpreadsheetImport';
import { importLedger } from '../api';
import type { LedgerImportResult } from '../types';

/** The ledger's outcome in the shape of the shared import result (new, updated, unchanged, bad rows by column). */
function asImportOutcome(r: LedgerImportResult, t: Translate): ImportOutcome {
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
  return (
    <SpreadsheetImport
      send={async (file) => asImportOutcome(await importLedger(file), t)}
      onImported={onImported}
      label={t('hotline.import')}
      buttonTestId="hotline-import"
    />
  );
}
