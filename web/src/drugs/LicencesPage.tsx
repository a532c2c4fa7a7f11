import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Statistic, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { usePagination } from '../inspections/usePagination';
import { DownloadButton } from '../shared/DownloadButton';
import { Field } from '../shared/Field';
import { TextField } from '../shared/TextField';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { ListTable } from '../shared/ListTable';
import { NewButton } from '../shared/NewButton';
import { SpreadsheetImport } from '../shared/SpreadsheetImport';
import { useDialog } from '../shared/useDialog';
import { createLicence, exportLicences, importLicences, LICENCE_FIGURES_PATH, LICENCES_PATH } from './api';
import type { Licence, LicenceFigures } from './types';
import { ServiceFiguresCard } from './ServiceFiguresCard';
import { useLicenceKinds } from './useKindName';

const STATUSES = ['valid', 'suspended', 'revoked', 'cancelled', 'renewed'] as const;

interface Filter {
  kind?: string;
  status?: string;
  expiringWithinDays?: number;
  q?: string;
}

/** 许可证管理 (D2, drug-regulation staff): the register with filters, figures, registration, import and export. */
export default function LicencesPage() {
  const t = useT();
  const kinds = useLicenceKinds();
  const [filter, setFilter] = useState<Filter>({});
  const { page, pageSize, pagination, firstPage } = usePagination();
  const list = useApiQuery<{ items: Licence[]; total: number }>(LICENCES_PATH, { ...filter, page, pageSize });
  const figures = useApiQuery<LicenceFigures>(LICENCE_FIGURES_PATH);
  const adding = useDialog(list.reload, figures.reload);
  const set = (f: Filter) => {
    setFilter(f);
    firstPage();
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Row gutter={[16, 16]}>
          {(
            [
              ['drugs.figures.licences', figures.data?.licences],
              ['drugs.figures.reminded', figures.data?.licencesReminded],
              ['drugs.figures.firms', figures.data?.firmsReached],
              ['drugs.figures.renewed', figures.data?.renewedBeforeExpiry],
              ['drugs.figures.lapsed', figures.data?.lapsed],
            ] as const
          ).map(([label, value]) => (
            <Col key={label} xs={12} md={4}>
              <Statistic title={t(label)} value={value ?? '—'} />
            </Col>
          ))}
        </Row>
      </Card>
      <ServiceFiguresCard />
      <Card
        title={t('menu.drugLicences')}
        extra={
          <Space wrap>
            <SpreadsheetImport send={importLicences} onImported={list.reload} label={t('drugs.import')} buttonTestId="licence-import" title={t('drugs.import.result')} testId="licence-import" />
            <DownloadButton fetch={() => exportLicences({ ...filter })} fileName="licences.xlsx" data-testid="licence-export">
              {t('drugs.export')}
            </DownloadButton>
            <NewButton onClick={() => adding.open(true)} testId="licence-new">
              {t('drugs.register')}
            </NewButton>
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select allowClear placeholder={t('drugs.kind')} style={{ width: 220 }} options={kinds.options} onChange={(kind?: string) => set({ ...filter, kind })} />
          <Select
            allowClear
            placeholder={t('drugs.status')}
            style={{ width: 140 }}
            options={STATUSES.map((s) => ({ value: s, label: t(`drugs.status.${s}`) }))}
            onChange={(status?: string) => set({ ...filter, status })}
          />
          <InputNumber min={0} max={3650} placeholder={t('drugs.expiring')} style={{ width: 160 }} onChange={(v) => set({ ...filter, expiringWithinDays: v ?? undefined })} />
          <Input.Search allowClear placeholder={t('drugs.number')} onSearch={(q) => set({ ...filter, q: q || undefined })} style={{ width: 220 }} />
        </Space>
        <ListTable<Licence>
          list={list}
          pagination={pagination(list.data?.total ?? 0)}
          data-testid="licence-table"
          columns={[
            { title: t('drugs.kind'), dataIndex: 'kind', render: (k: string) => kinds.nameOf(k) },
            { title: t('drugs.number'), dataIndex: 'number' },
            { title: t('drugs.holder'), dataIndex: 'holderUscc' },
            { title: t('drugs.validFrom'), dataIndex: 'validFrom' },
            { title: t('drugs.validUntil'), dataIndex: 'validUntil' },
            { title: t('drugs.status'), dataIndex: 'status', render: (s: Licence['status']) => <Tag color={s === 'valid' ? 'green' : 'default'}>{t(`drugs.status.${s}`)}</Tag> },
          ]}
        />
      </Card>
      {adding.value && <NewLicenceModal kinds={kinds.options} {...adding.props} />}
    </Space>
  );
}

interface Values {
  holderUscc: string;
  kind: string;
  number: string;
  scope?: string;
  validFrom: Dayjs;
  validUntil: Dayjs;
}

function NewLicenceModal({ kinds, onClose, onDone }: ActionModalProps & { kinds: { value: string; label: string }[] }) {
  const t = useT();
  const submit = async (v: Values) => {
    await createLicence({
      holderUscc: v.holderUscc.trim(),
      kind: v.kind,
      number: v.number.trim(),
      scope: v.scope?.trim() || undefined,
      validFrom: v.validFrom.format('YYYY-MM-DD'),
      validUntil: v.validUntil.format('YYYY-MM-DD'),
    });
    return t('drugs.registered');
  };
  return (
    <FormModal<Values> title={t('drugs.register')} testId="licence-form" fields={['holderUscc', 'kind', 'number', 'scope', 'validFrom', 'validUntil']} onClose={onClose} onSubmit={submit} onDone={onDone}>
      <TextField name="holderUscc" label={t('drugs.holder')} required maxLength={18} testId="licence-form-uscc" />
      <Field name="kind" label={t('drugs.kind')} required>
        <Select options={kinds} data-testid="licence-form-kind" />
      </Field>
      <TextField name="number" label={t('drugs.number')} required maxLength={64} testId="licence-form-number" />
      <Form.Item name="scope" label={t('drugs.scope')}>
        <Input.TextArea maxLength={1000} rows={2} />
      </Form.Item>
      <Field name="validFrom" label={t('drugs.validFrom')} required>
        <DatePicker style={{ width: '100%' }} />
      </Field>
      <Field name="validUntil" label={t('drugs.validUntil')} required>
        <DatePicker style={{ width: '100%' }} />
      </Field>
    </FormModal>
  );
}
