import { Form, Input, InputNumber } from 'antd';
import { api } from '../api/client';
import { FormModal } from '../shared/FormModal';
import { useT } from '../i18n';
import { PF, type ProofKind } from './api';
import { Field } from '../shared/Field';

interface Values {
  applicantIdNumber: string;
  question?: string;
  workingDays: number;
}

/** 发起协查: the proof's holding department is asked, with a deadline in working days. */
export function AssistModal({
  kind,
  idNumber,
  onClose,
  onDone,
}: {
  kind: ProofKind;
  idNumber: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  return (
    <FormModal<Values>
      title={`${t('pf.askAssist')} · ${kind.name}`}
      testId="pf-assist-modal"
      initialValues={{ applicantIdNumber: idNumber, workingDays: 5 }}
      fields={['applicantIdNumber', 'question', 'workingDays']}
      onClose={onClose}
      onDone={onDone}
      onSubmit={async (v) => {
        const r = await api.post<{ dueOn: string }>(`${PF}/assists`, {
          ...v,
          proofKind: kind.code,
          question: v.question || undefined,
        });
        return t('pf.assistSent', { dueOn: r.dueOn });
      }}
    >
      <Form.Item label={t('pf.holdingDepartment')}>{kind.holdingDepartment?.name ?? '—'}</Form.Item>
      <Field name="applicantIdNumber" label={t('pf.applicantIdNumber')} required>
        <Input maxLength={18} data-testid="pf-assist-id-number" />
      </Field>
      <Form.Item name="question" label={t('pf.question')}>
        <Input.TextArea rows={3} data-testid="pf-assist-question" />
      </Form.Item>
      <Field name="workingDays" label={t('pf.workingDays')} required>
        <InputNumber min={1} max={30} data-testid="pf-assist-days" />
      </Field>
    </FormModal>
  );
}
