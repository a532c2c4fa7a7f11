import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useT } from '../../i18n';
import { saveBlob } from '../../shared/download';
import { SpreadsheetImport } from '../../shared/SpreadsheetImport';
import { importPenalties } from '../api';
import { IMPORT_COLUMNS } from './importColumns';

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** 导入 (.xlsx/.csv) with the row-error modal, and a CSV template with the headers the import reads. */
export function PenaltyImportButton({ onImported }: { onImported: () => void }) {
  const t = useT();

  const template = () => {
    const lines = [IMPORT_COLUMNS.map((c) => t(c.label)), IMPORT_COLUMNS.map((c) => c.example)];
    const csv = lines.map((l) => l.map(csvCell).join(',')).join('\r\n');
    // A BOM so that Excel reads the Chinese headers as UTF-8.
    saveBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), `${t('credit.import.templateName')}.csv`);
  };
  const columnLabel = (field: string) => {
    const c = IMPORT_COLUMNS.find((x) => x.field === field);
    return c ? t(c.label) : field;
  };

  return (
    <Space>
      <SpreadsheetImport
        send={importPenalties}
        onImported={onImported}
        label={t('enterprise.import')}
        buttonTestId="penalty-import"
        title={t('credit.import.result')}
        testId="penalty-import"
        columnLabel={columnLabel}
      />
      <Button icon={<DownloadOutlined />} onClick={template} data-testid="penalty-import-template">
        {t('enterprise.importTemplate')}
      </Button>
    </Space>
  );
}
