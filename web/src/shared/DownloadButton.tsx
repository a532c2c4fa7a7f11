import { DownloadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useDownload } from './useDownload';

interface Props extends Omit<ButtonProps, 'onClick' | 'loading'> {
  /** Fetches the file (e.g. an export for the current filter). */
  fetch: () => Promise<{ blob: Blob; fileName: string | null }>;
  /** The name to save under when the server names none. */
  fileName: string;
}

/** A button that downloads a file from the API and hands it to the browser (导出, 下载模板 …). */
export function DownloadButton({ fetch, fileName, icon = <DownloadOutlined />, ...button }: Props) {
  const [busy, download] = useDownload();
  return <Button {...button} icon={icon} loading={busy} onClick={() => download(fetch, fileName)} />;
}
