import { useT } from '../../i18n';
import { FormModal, type FormModalProps } from '../../shared/FormModal';

interface Props<T> extends Omit<FormModalProps<T>, 'title' | 'okText' | 'testId'> {
  /** Which of the enterprise's forms: its title, send button and test id are named after it. */
  form: 'complaint' | 'evaluation';
}

/** A8 — the enterprise's form about one of its visits: a complaint or the evaluation. */
export function VisitFormModal<T extends object>({ form, ...modal }: Props<T>) {
  const t = useT();
  return (
    <FormModal<T>
      {...modal}
      title={t(`${form}.title`)}
      okText={t(`${form}.submit`)}
      testId={`${form}-form`}
    />
  );
}
