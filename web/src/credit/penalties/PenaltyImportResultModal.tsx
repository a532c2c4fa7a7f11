import { Alert, Button, Col, Modal, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { useT } from '../../i18n';
import type { PenaltyImportResult } from '../types';
import { IMPORT_COLUMNS } from './importColumns';

type RowError = PenaltyImportResult['errors'][number];

/** What an import wrote, and each refused row with its column and reason. */
export function PenaltyImportResultModal({ result, onClose }: { result: PenaltyImportResult | null; onClose: () => void }) {
  const t = useT();
  const columnLabel = (field?: string) => {
    const c = IMPORT_COLUMNS.find((x) => x.field === field);
    return c ? t(c.label) : (field ?? t('common.none'));
  };
  const columns: TableColumnsType<RowError> = [
    { key: 'row', dataIndex: 'row', title: t('enterprise.importErrorRow'), width: 72 },
    { key: 'column', dataIndex: 'column', title: t('enterprise.importErrorColumn'), render: (c?: string) => columnLabel(c) },
    { key: 'message', dataIndex: 'message', title: t('enterprise.importErrorMessage') },
    { key: 'code', dataIndex: 'code', title: t('enterprise.importErrorCode') },
  ];
  return (
    <Modal
      open={result !== null}
      title={t('credit.import.result')}
      onCancel={onClose}
      width={800}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {result && (
        <div data-testid="penalty-import-result">
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={12}>
              <Statistic title={t('enterprise.imported')} value={result.imported} data-testid="penalty-import-imported" />
            </Col>
            <Col span={12}>
              <Statistic
                title={t('enterprise.importErrors')}
                value={result.errors.length}
                styles={{ content: result.errors.length ? { color: '#cf1322' } : undefined }}
                data-testid="penalty-import-errors"
              />
            </Col>
          </Row>
          {result.errors.length ? (
            <Table<RowError>
              size="small"
              columns={columns}
              dataSource={result.errors}
              rowKey={(e) => `${e.row}:${e.column ?? ''}:${e.code}:${e.message}`}
              pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              data-testid="penalty-import-error-table"
            />
          ) : (
            <Alert type="success" showIcon title={t('enterprise.importAllOk')} />
          )}
        </div>
      )}
    </Modal>
  );
}
