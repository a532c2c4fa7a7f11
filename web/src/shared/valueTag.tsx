import { Tag } from 'antd';
import { useT, type MessageKey } from '../i18n';

/**
 * The tag of one value of an enumeration (a severity, a state, a status …), as a component taking the value as its
 * prop `prop`: coloured from `colors`, labelled by the dictionary entry `label(value)`, and carrying the value in
 * `data-<prop>` (and `data-testid` when given) for the journeys.
 */
export function valueTag<P extends string, V extends string>(
  prop: P,
  colors: Record<V, string>,
  label: (value: V) => MessageKey,
  testId?: string,
) {
  return function ValueTag(props: Record<P, V>) {
    const t = useT();
    const value = props[prop];
    return (
      <Tag color={colors[value]} data-testid={testId} {...{ [`data-${prop}`]: value }}>
        {t(label(value))}
      </Tag>
    );
  };
}
