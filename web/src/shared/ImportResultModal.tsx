import { Alert, Button, Col, Modal, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { useT } from '../i18n';

/** What a spreadsheet import answers: rows written (updated, unchanged where it tells) and rows refused. */
export interface ImportOutcome {
  imported: number;
  updated?: number;
  /** Rows already identical to what is stored. */
  unchanged?: number;
  /** `message` is in the caller's language; `column` names the field at fault, when one is. */
  errors: { row: number; code: string; message: string; column?: string }[];
}

type RowError = ImportOutcome['errors'][number];

export interface ImportResultOptions {
  /** The modal's title (default 导入结果). */
  title?: string;
  /** Prefix of the data-testids: `{prefix}-result`, `{prefix}-imported`, `{prefix}-errors`, `{prefix}-error-table`. */
  testId?: string;
  /** The label of a field named by a refused row ("uscc" → 统一社会信用代码). */
  columnLabel?: (column: string) => string;
}

/** What an import wrote, and each refused row with its column and reason. */
export function ImportResultModal({
  result,
  onClose,
  title,
  testId = 'import',
  columnLabel = (column) => column,
}: ImportResultOptions & { result: ImportOutcome | null; onClose: () => void }) {
  const t = useT();
  const columns: TableColumnsType<RowError> = [
    { key: 'row', dataIndex: 'row', title: t('enterprise.importErrorRow'), width: 72 },
    {
      key: 'column',
      dataIndex: 'column',
      title: t('enterprise.importErrorColumn'),
      render: (column?: string) => (column ? columnLabel(column) : t('common.none')),
    },
    { key: 'message', dataIndex: 'message', title: t('enterprise.importErrorMessage') },
    { key: 'code', dataIndex: 'code', title: t('enterprise.importErrorCode') },
  ];
  const figures = result && [
    { key: 'imported', title: t('enterprise.imported'), value: result.imported },
    ...(result.updated !== undefined
      ? [{ key: 'updated', title: t('enterprise.updated'), value: result.updated }]
      : []),
    ...(result.unchanged !== undefined
      ? [{ key: 'unchanged', title: t('enterprise.unchanged'), value: result.unchanged }]
      : []),
    {
      key: 'errors',
      title: t('enterprise.importErrors'),
      value: result.errors.length,
      bad: result.errors.length > 0,
    },
  ];

  return (
    <Modal
      open={result !== null}
      title={title ?? t('enterprise.importResult')}
      onCancel={onClose}
      width={800}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {result && figures && (
        <div data-testid={`${testId}-result`}>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            {figures.map((f) => (
              <Col key={f.key} xs={12} sm={24 / figures.length}>
                <Statistic
                  title={f.title}
                  value={f.value}
                  styles={{ content: 'bad' in f && f.bad ? { color: '#cf1322' } : undefined }}
                  data-testid={`${testId}-${f.key}`}
                />
              </Col>
            ))}
          </Row>
          {result.errors.length ? (
            <Table<RowError>
              size="small"
              columns={columns}
              dataSource={result.errors}
              rowKey={(e) => `${e.row}:${e.column ?? ''}:${e.code}:${e.message}`}
              pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              data-testid={`${testId}-error-table`}
            />
          ) : (
            <Alert type="success" showIcon title={t('enterprise.importAllOk')} />
          )}
        </div>
      )}
    </Modal>
  );
}
