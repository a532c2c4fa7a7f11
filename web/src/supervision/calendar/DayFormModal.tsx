import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { Field } from '../../shared/Field';
import { FormModal, type ActionModalProps } from '../../shared/FormModal';
import { setCalendarDay } from '../api';
import type { CalendarEntry } from '../types';

interface Values {
  day: Dayjs;
  kind: CalendarEntry['kind'];
  name: string;
}

/** 添加/更正: a holiday (放假) or an adjusted working day (调休上班); the day's existing entry is replaced. */
export function DayFormModal({
  initial,
  ...modal
}: ActionModalProps & { initial: Partial<Pick<CalendarEntry, 'day' | 'kind' | 'name'>> }) {
  const t = useT();
  const submit = async (v: Values) => {
    await setCalendarDay({ day: v.day.format('YYYY-MM-DD'), kind: v.kind, name: v.name.trim() });
    return t('calendar.saved', { day: v.day.format('YYYY-MM-DD') });
  };
  return (
    <FormModal<Values>
      {...modal}
      title={t(initial.name ? 'calendar.edit' : 'calendar.add')}
      okText={t('calendar.save')}
      testId="calendar-day-form"
      fields={['day', 'kind', 'name']}
      initialValues={{
        day: initial.day ? dayjs(initial.day) : undefined,
        kind: initial.kind ?? 'holiday',
        name: initial.name,
      }}
      onSubmit={submit}
    >
      <Form.Item
        name="day"
        label={t('calendar.day')}
        rules={[{ required: true, message: t('calendar.dayRequired') }]}
      >
        <DatePicker data-testid="calendar-day" />
      </Form.Item>
      <Field name="kind" label={t('calendar.kind')} required>
        <Radio.Group
          data-testid="calendar-kind"
          options={[
            { value: 'holiday', label: t('calendar.kind.holiday') },
            { value: 'workday', label: t('calendar.kind.workday') },
          ]}
        />
      </Field>
      <Form.Item
        name="name"
        label={t('calendar.name')}
        rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}
      >
        <Input maxLength={50} placeholder={t('calendar.namePlaceholder')} data-testid="calendar-name" />
      </Form.Item>
    </FormModal>
  );
}
