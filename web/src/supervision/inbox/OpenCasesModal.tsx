import { Form, Input, Radio, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { FormModal, type ActionModalProps } from '../../shared/FormModal';
import { casePageUrl, openCases } from '../api';
import { DepartmentSelect } from '../../shared/filters';
import type { OpenCasesInput, Signal } from '../types';
import { DEFAULT_WORKING_DAYS, WorkingDaysField } from './WorkingDaysField';

type Values = Omit<OpenCasesInput, 'signalIds'>;

/** The department all the signals name, if they name one. */
function commonDepartment(signals: readonly Signal[]): string | undefined {
  const ids = new Set(signals.map((s) => s.department?.id ?? s.departmentId ?? ''));
  const [only] = [...ids];
  return ids.size === 1 && only ? only : undefined;
}

/**
 * 发起督办 (B2): one case per signal or one for all, naming the department that must act, what it must do and
 * the deadline in working days (the due date shown as the calendar counts it). One case opens its page.
 */
export function OpenCasesModal({ signals, onClose, onDone }: ActionModalProps & { signals: readonly Signal[] }) {
  const t = useT();
  const navigate = useNavigate();
  const submit = async (values: Values) => {
    const { cases } = await openCases({
      ...values,
      instructions: values.instructions.trim(),
      signalIds: signals.map((s) => s.id),
    });
    onDone();
    if (cases.length === 1) navigate(casePageUrl(cases[0]!.id));
    return t('inbox.casesOpened', { numbers: cases.map((c) => c.caseNo).join(t('common.listSeparator')) });
  };
  return (
    <FormModal<Values>
      title={t('inbox.openCases')}
      okText={t('inbox.openCases')}
      testId="open-cases-form"
      fields={['departmentId', 'instructions', 'workingDays']}
      initialValues={{
        mode: 'each',
        workingDays: DEFAULT_WORKING_DAYS,
        departmentId: commonDepartment(signals),
      }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography.Paragraph>{t('inbox.selected', { n: signals.length })}</Typography.Paragraph>
      <Form.Item name="mode" label={t('inbox.mode')} hidden={signals.length < 2}>
        <Radio.Group
          data-testid="open-cases-mode"
          options={[
            { value: 'each', label: t('inbox.mode.each') },
            { value: 'together', label: t('inbox.mode.together') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="departmentId"
        label={t('case.department')}
        extra={t('case.departmentHint')}
        rules={[{ required: true, message: t('case.departmentRequired') }]}
      >
        <DepartmentSelect
          testId="case-department"
          allowClear={false}
          placeholder={t('case.departmentRequired')}
        />
      </Form.Item>
      <Form.Item
        name="instructions"
        label={t('case.instructions')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('case.instructionsRequired') }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={5000}
          showCount
          placeholder={t('case.instructionsPlaceholder')}
          data-testid="case-instructions"
        />
      </Form.Item>
      <WorkingDaysField />
    </FormModal>
  );
}
