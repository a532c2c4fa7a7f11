import { Typography } from 'antd';
import { useT, type MessageKey } from '../i18n';

/** Sentences from the dictionary as a numbered list (a guide's conditions, a scan page's rights). */
export function Points({ keys }: { keys: readonly MessageKey[] }) {
  const t = useT();
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {keys.map((key) => (
        <li key={key} style={{ marginBottom: 4 }}>
          <Typography.Text>{t(key)}</Typography.Text>
        </li>
      ))}
    </ol>
  );
}
