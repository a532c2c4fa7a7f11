import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type ButtonProps } from 'antd';
import { useAction } from './useAction';

interface Props extends Omit<ButtonProps, 'onClick' | 'loading'> {
  /** The file endings accepted, e.g. ['xlsx', 'csv'] (also offered to the file chooser). */
  accept: readonly string[];
  /** What is said of a file with another ending. */
  badType: string;
  /** The largest file accepted, and what is said of a larger one. */
  limit?: { mb: number; message: string };
  /** Sends the chosen file; a failure is shown as a message. */
  onFile: (file: File) => Promise<unknown>;
}

const endingOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** A button that picks one file, checks its ending (and size), and sends it — busy while it goes. */
export function UploadButton({
  accept,
  badType,
  limit,
  onFile,
  icon = <UploadOutlined />,
  ...button
}: Props) {
  const { message } = App.useApp();
  const [busy, run] = useAction();
  const pick = (file: File) => {
    if (!accept.includes(endingOf(file.name))) return void message.error(badType);
    if (limit && file.size > limit.mb * 1024 * 1024) return void message.error(limit.message);
    void run(() => onFile(file));
  };
  return (
    <Upload
      accept={accept.map((ending) => `.${ending}`).join(',')}
      showUploadList={false}
      disabled={busy}
      beforeUpload={(file) => {
        pick(file);
        return false; // we send it ourselves
      }}
    >
      <Button {...button} icon={icon} loading={busy} />
    </Upload>
  );
}
