import { Typography } from 'antd';
import { shortCode } from './api';

/** A code shortened for reading; copying gives the whole signed text. */
export function CodeText({ code, testId = 'code-text' }: { code: string; testId?: string }) {
  return (
    <Typography.Text code copyable={{ text: code }} title={code} data-testid={testId} data-code={code}>
      {shortCode(code)}
    </Typography.Text>
  );
}
