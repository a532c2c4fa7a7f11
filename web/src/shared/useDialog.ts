import { useState } from 'react';
import type { ActionModalProps } from './FormModal';

export interface Dialog<T> {
  /** What the dialog is open on (a row, or `true` for a new one); null while closed. */
  value: T | null;
  open: (value: T) => void;
  /** The props of a modal or drawer that acts: cancelling closes it, the act closes it and reloads. */
  props: ActionModalProps;
}

/**
 * A modal or drawer a page opens on a row (编辑, 答复 …) or on nothing (新增): mount it while `value` is set and
 * spread `props` on it; when it has acted it closes and the page's lists are reloaded (each of `reload`).
 */
export function useDialog<T = true>(...reload: (() => void)[]): Dialog<T> {
  const [value, setValue] = useState<T | null>(null);
  return {
    value,
    open: setValue,
    props: {
      onClose: () => setValue(null),
      onDone: () => {
        setValue(null);
        for (const r of reload) r();
      },
    },
  };
}
