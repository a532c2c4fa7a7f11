import { Alert, Button, Col, Modal, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { isMessageKey, useT, type Translate } from '../i18n';
import type { ImportResult } from './types';

type RowError = ImportResult['errors'][number];

/** The enterprise field at fault, by its label ("uscc" → 统一社会信用代码). */
function columnLabel(column: string | undefined, t: Translate): string {
  if (!column) return t('common.none');
  const key = `enterprise.${column}`;
  return isMessageKey(key) ? t(key) : column;
}

export function ImportResultModal({ result, onClose }: { result: ImportResult | null; onClose: () => void }) {
  const t = useT();
  const columns: TableColumnsType<RowError> = [
    { key: 'row', dataIndex: 'row', title: t('enterprise.importErrorRow'), width: 72 },
    {
      key: 'column',
      dataIndex: 'column',
      title: t('enterprise.importErrorColumn'),
      render: (column?: string) => columnLabel(column, t),
    },
    { key: 'message', dataIndex: 'message', title: t('enterprise.importErrorMessage') },
    { key: 'code', dataIndex: 'code', title: t('enterprise.importErrorCode') },
  ];
  const figures = result && [
    { key: 'imported', title: t('enterprise.imported'), value: result.imported },
    { key: 'updated', title: t('enterprise.updated'), value: result.updated },
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
      title={t('enterprise.importResult')}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {result && figures && (
        <div data-testid="import-result">
          <Row gutter={16} style={{ marginBottom: 16 }}>
            {figures.map((f) => (
              <Col key={f.key} xs={12} sm={24 / figures.length}>
                <Statistic
                  title={f.title}
                  value={f.value}
                  styles={{ content: 'bad' in f && f.bad ? { color: '#cf1322' } : undefined }}
                  data-testid={`import-${f.key}`}
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
            />
          ) : (
            <Alert type="success" showIcon title={t('enterprise.importAllOk')} />
          )}
        </div>
      )}
    </Modal>
  );
}
