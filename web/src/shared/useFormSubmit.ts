import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../api/formErrors';
import { useShowError } from '../api/useShowError';

/** What a sent form tells the user: a success message, or a warning (e.g. "recorded, but late"). */
export type Sent = string | { warning: string } | void;

/**
 * Sends a form's values and tells the outcome: the answer as a message, the server's field errors on their
 * fields (those named in `fields`), any other failure as a message. Returns whether one is being sent.
 */
export function useFormSubmit<T>(
  form: FormInstance<T>,
  onSubmit: (values: T) => Promise<Sent>,
  onDone: (() => void) | undefined,
  fields: readonly string[],
): [busy: boolean, submit: (values: T) => Promise<void>] {
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const submit = async (values: T) => {
    setBusy(true);
    try {
      const sent = await onSubmit(values);
      if (typeof sent === 'string') void message.success(sent);
      else if (sent) void message.warning(sent.warning);
      onDone?.();
    } catch (error) {
      if (!applyFieldErrors(form, error, fields)) showError(error);
    } finally {
      setBusy(false);
    }
  };
  return [busy, submit];
}
