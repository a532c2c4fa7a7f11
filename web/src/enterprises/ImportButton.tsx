import { isMessageKey, useT } from '../i18n';
import { SpreadsheetImport } from '../shared/SpreadsheetImport';
import { importEnterprises } from './api';

/** 导入: enterprises from an .xlsx/.csv file; the result names a bad row's field by its label. */
export function ImportButton({ onImported }: { onImported: () => void }) {
  const t = useT();
  return (
    <SpreadsheetImport
      send={importEnterprises}
      onImported={onImported}
      label={t('enterprise.import')}
      buttonTestId="enterprise-import"
      columnLabel={(column) => {
        const key = `enterprise.${column}`;
        return isMessageKey(key) ? t(key) : column;
      }}
    />
  );
}
