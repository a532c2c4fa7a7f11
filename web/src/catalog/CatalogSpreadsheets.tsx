import { api, type Query } from '../api/client';
import type { Answer } from '../api/typed';
import { useT } from '../i18n';
import { DownloadButton } from '../shared/DownloadButton';
import { SpreadsheetImport } from '../shared/SpreadsheetImport';
import { CATALOG_ITEMS_PATH, CATALOG_SCENARIOS_PATH } from './api';

/** The catalog's two lists that go to and come from spreadsheets: where they are, their names, their test ids. */
const LISTS = {
  items: {
    path: CATALOG_ITEMS_PATH,
    fileName: '检查事项.xlsx',
    importLabel: 'catalog.importItems',
    testId: 'item',
  },
  scenarios: {
    path: CATALOG_SCENARIOS_PATH,
    fileName: '联查场景.xlsx',
    importLabel: 'catalog.importScenarios',
    testId: 'scenario',
  },
} as const;

type CatalogList = keyof typeof LISTS;

/** 导出: the list (for the current filter) as a spreadsheet in the import's columns. */
export function CatalogExport({ list, query }: { list: CatalogList; query?: Query }) {
  const t = useT();
  const { path, fileName, testId } = LISTS[list];
  return (
    <DownloadButton
      fetch={() => api.download(`${path}/export`, query)}
      fileName={fileName}
      data-testid={`${testId}-export`}
    >
      {t('common.export')}
    </DownloadButton>
  );
}

/** 导入: the list from a spreadsheet, then what was written and refused, row by row. */
export function CatalogImport({ list, onImported }: { list: CatalogList; onImported: () => void }) {
  const t = useT();
  const { path, importLabel, testId } = LISTS[list];
  return (
    <SpreadsheetImport
      send={(file) => api.upload<Answer<'importCatalogItems' | 'importScenarios'>>(`${path}/import`, file)}
      onImported={onImported}
      label={t(importLabel)}
      buttonTestId={`${testId}-import`}
      title={t(`${importLabel}.result`)}
      testId={`${testId}-import`}
    />
  );
}
