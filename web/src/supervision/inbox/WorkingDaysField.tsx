import { Form, InputNumber, Typography } from 'antd';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n';
import { DEADLINE_PATH } from '../api';
import type { Deadline } from '../types';

export const DEFAULT_WORKING_DAYS = 10;
export const MAX_WORKING_DAYS = 60;

/** The due date n working days from today, counted on the working-day calendar by the server. */
function DueDate({ workingDays }: { workingDays: number | null | undefined }) {
  const t = useT();
  const valid = typeof workingDays === 'number' && workingDays >= 1 && workingDays <= MAX_WORKING_DAYS;
  const { data, loading } = useApiQuery<Deadline>(valid ? DEADLINE_PATH : null, { workingDays });
  const due = valid && data?.workingDays === workingDays ? data.due : null;
  return (
    <Typography.Text type="secondary" data-testid="due-date-preview" data-due={due ?? ''}>
      {due ? t('case.dueOn', { day: due }) : loading && valid ? t('common.loading') : t('common.none')}
    </Typography.Text>
  );
}

/** 办理期限: working days (1–60) and the due date they give. */
export function WorkingDaysField() {
  const t = useT();
  const workingDays = Form.useWatch<number | null>('workingDays');
  return (
    <Form.Item label={t('case.workingDays')} required extra={<DueDate workingDays={workingDays} />}>
      <Form.Item
        name="workingDays"
        noStyle
        rules={[
          {
            required: true,
            type: 'integer',
            min: 1,
            max: MAX_WORKING_DAYS,
            message: t('case.workingDaysRange', { max: MAX_WORKING_DAYS }),
          },
        ]}
      >
        <InputNumber
          min={1}
          max={MAX_WORKING_DAYS}
          precision={0}
          suffix={t('case.workingDaysUnit')}
          style={{ width: 180 }}
          data-testid="case-working-days"
        />
      </Form.Item>
    </Form.Item>
  );
}
