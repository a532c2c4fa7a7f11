import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { Field } from '../../shared/Field';
import { FormModal } from '../../shared/FormModal';
import { useDepartmentOptions } from '../../reference/hooks';
import { createPenalty } from '../api';
import { PENALTY_KINDS, SEVERITIES, type PenaltyKind, type Severity } from '../types';

interface Values {
  subjectUscc: string;
  decisionNo: string;
  departmentId: string;
  decisionDate: Dayjs;
  kinds: PenaltyKind[];
  fineAmount?: number;
  severity?: Severity;
}

const FIELDS = ['subjectUscc', 'decisionNo', 'departmentId', 'decisionDate', 'kinds', 'fineAmount', 'severity'];

/** 新增处罚信息 (C1): severity and publicity follow from the department's rule set unless a severity is given. */
export function NewPenaltyModal({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const t = useT();
  const departments = useDepartmentOptions();

  const submit = async (v: Values) => {
    await createPenalty({
      subjectUscc: v.subjectUscc.trim(),
      decisionNo: v.decisionNo.trim(),
      departmentId: v.departmentId,
      decisionDate: v.decisionDate.format('YYYY-MM-DD'),
      kinds: v.kinds,
      fineAmount: v.kinds.includes('fine') ? v.fineAmount : undefined,
      severity: v.severity,
    });
    return t('credit.form.created');
  };

  return (
    <FormModal<Values> open title={t('credit.form.title')} testId="penalty-form" fields={FIELDS} onClose={onClose} onSubmit={submit} onDone={onCreated}>
      {(form) => (
        <>
          <Field name="subjectUscc" label={t('enterprise.uscc')} required="text">
            <Input maxLength={18} data-testid="penalty-form-uscc" />
          </Field>
          <Field name="decisionNo" label={t('field.decisionNo')} required="text">
            <Input maxLength={100} data-testid="penalty-form-decision-no" />
          </Field>
          <Field name="departmentId" label={t('field.authority')} required>
            <Select options={departments.options} loading={departments.loading} showSearch optionFilterProp="label" />
          </Field>
          <Field name="decisionDate" label={t('field.decisionDate')} required>
            <DatePicker style={{ width: '100%' }} />
          </Field>
          <Field name="kinds" label={t('field.kinds')} required>
            <Select mode="multiple" options={PENALTY_KINDS.map((k) => ({ value: k, label: t(`value.${k}`) }))} />
          </Field>
          <Form.Item noStyle dependencies={['kinds']}>
            {() =>
              (form.getFieldValue('kinds') as PenaltyKind[] | undefined)?.includes('fine') && (
                <Field name="fineAmount" label={t('credit.fineAmount')} required>
                  <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
                </Field>
              )
            }
          </Form.Item>
          <Form.Item name="severity" label={t('field.severity')} extra={t('credit.form.severityHint')}>
            <Select allowClear options={SEVERITIES.map((s) => ({ value: s, label: t(`value.${s}`) }))} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
