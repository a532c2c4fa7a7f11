import { Form, type FormItemProps, type FormRule } from 'antd';
import { useT } from '../i18n';

/** `'text'`: blank text (only spaces) counts as empty too. */
export type Required = boolean | 'text';

/** The rules of a required field: "请填写{label}" / "{label} is required". */
export function useRequired(): (label: string, required?: Required) => FormRule[] {
  const t = useT();
  // Only text fields name `whitespace`: a rule with more keys than `required` is checked as a string (async-validator),
  // which a date, a number or a list of choices is not.
  return (label, required = true) => {
    const message = t('common.required', { label });
    if (!required) return [];
    return [required === 'text' ? { required: true, whitespace: true, message } : { required: true, message }];
  };
}

export interface FieldProps extends Omit<FormItemProps, 'label' | 'required'> {
  /** The field's label (from the dictionary); the required message names it. */
  label: string;
  required?: Required;
}

/** A labelled form field; `required` adds the rule that names it, before the field's own `rules`. */
export function Field({ label, required = false, rules = [], ...item }: FieldProps) {
  const requiredRules = useRequired();
  return <Form.Item label={label} rules={[...requiredRules(label, required), ...rules]} {...item} />;
}
