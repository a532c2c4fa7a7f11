import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { api } from '../api/client';
import type { Answer, Body, Item } from '../api/typed';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { isMessageKey, useT } from '../i18n';
import { useDepartmentOptions } from '../reference/hooks';
import { Field } from '../shared/Field';
import { DrawerForm } from '../shared/DrawerForm';
import type { ActionModalProps } from '../shared/FormModal';
import type { Officer } from './types';

type Body0 = Body<'createOfficer'>;
type Values = Omit<Body0, 'validFrom' | 'validUntil'> & { validity: [Dayjs, Dayjs] };
type Team = Item<'listTeams'>;

export const ENFORCEMENT_FIELDS = ['market', 'ecology', 'drugs', 'transport', 'culture', 'emergency', 'fire', 'health', 'supervision', 'credit'] as const;
const STATUSES = ['active', 'suspended', 'revoked'] as const;

function TeamSelect({ departmentId, value, onChange }: { departmentId?: string; value?: string | null; onChange?: (v: string | null) => void }) {
  const t = useT();
  const teams = useApiQuery<{ items: Team[] }>(departmentId ? '/api/teams' : null, { departmentId });
  const options = useMemo(() => (teams.data?.items ?? []).map((tm) => ({ value: tm.id, label: tm.name })), [teams.data]);
  return (
    <Select
      allowClear
      placeholder={t('officer.teamNone')}
      loading={teams.loading}
      options={options}
      value={value ?? undefined}
      onChange={(v?: string) => onChange?.(v ?? null)}
      data-testid="officer-form-team"
    />
  );
}

/** 新增/编辑执法人员: name, department (admin), team, and the enforcement certificate (number, fields, validity, status). */
export function OfficerDrawer({ officer, onClose, onDone }: ActionModalProps & { officer: Officer | null; }) {
  const t = useT();
  const me = useMe();
  const departments = useDepartmentOptions();
  const fieldLabel = (f: string) => {
    const key = `enforcementField.${f}`;
    return isMessageKey(key) ? t(key) : f;
  };
  const save = async ({ validity, departmentId, ...rest }: Values) => {
    const body = { ...rest, validFrom: validity[0].format('YYYY-MM-DD'), validUntil: validity[1].format('YYYY-MM-DD') };
    const saved = officer
      ? await api.patch<Answer<'updateOfficer'>>(`/api/officers/${encodeURIComponent(officer.id)}`, body)
      : await api.post<Answer<'createOfficer', 201>>('/api/officers', { ...body, departmentId });
    return t('common.savedName', { name: saved.name });
  };
  const ownDepartment = me.role === 'dept_admin' ? me.department?.id : undefined;
  return (
    <DrawerForm<Values>
      title={t(officer ? 'officer.form.edit' : 'officer.form.new')}
      testId="officer-form"
      fields={['name', 'departmentId', 'teamId', 'certificateNo', 'fields', 'status']}
      initialValues={
        officer
          ? {
              name: officer.name,
              departmentId: officer.department.id,
              teamId: officer.team?.id ?? null,
              certificateNo: officer.certificateNo,
              fields: officer.fields as Values['fields'],
              status: officer.status,
              validity: [dayjs(officer.validFrom), dayjs(officer.validUntil)],
            }
          : { departmentId: ownDepartment, status: 'active', fields: [] }
      }
      onClose={onClose}
      onSubmit={save}
      onDone={onDone}
    >
      <Form.Item name="name" label={t('officer.name')} rules={[{ required: true, max: 50 }]}>
        <Input data-testid="officer-form-name" />
      </Form.Item>
      <Field name="departmentId" label={t('officer.department')} required>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          disabled={Boolean(officer) || me.role !== 'admin'}
          options={departments.options}
          loading={departments.loading}
          data-testid="officer-form-department"
        />
      </Field>
      <Form.Item noStyle dependencies={['departmentId']}>
        {({ getFieldValue }) => (
          <Form.Item name="teamId" label={t('officer.team')}>
            <TeamSelect departmentId={getFieldValue('departmentId') as string | undefined} />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item name="certificateNo" label={t('officer.certificateNo')} rules={[{ required: true, min: 4, max: 40 }]}>
        <Input data-testid="officer-form-certificate" />
      </Form.Item>
      <Form.Item name="fields" label={t('officer.fields')} rules={[{ required: true, type: 'array', min: 1 }]}>
        <Select
          mode="multiple"
          options={ENFORCEMENT_FIELDS.map((f) => ({ value: f, label: fieldLabel(f) }))}
          optionFilterProp="label"
          data-testid="officer-form-fields"
        />
      </Form.Item>
      <Form.Item name="validity" label={t('officer.validity')} rules={[{ required: true, message: t('common.required', { label: t('officer.validity') }) }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} data-testid="officer-form-validity" />
      </Form.Item>
      <Field name="status" label={t('officer.status')} required>
        <Select options={STATUSES.map((s) => ({ value: s, label: t(`officer.status.${s}`) }))} data-testid="officer-form-status" />
      </Field>
    </DrawerForm>
  );
}
