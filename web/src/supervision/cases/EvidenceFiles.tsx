import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { api } from '../../api/client';
import { useDownload } from '../../shared/useDownload';
import type { EvidenceFileRef } from '../types';

const size = (bytes: number | null) =>
  bytes === null
    ? ''
    : bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

/** The evidence files of a step, each downloaded through the API (the read is audited). */
export function EvidenceFiles({ files }: { files: readonly EvidenceFileRef[] }) {
  const [busy, download] = useDownload();
  if (!files.length) return null;
  return (
    <Space wrap size={4}>
      {files.map((f) => (
        <Button
          key={f.id}
          size="small"
          icon={<PaperClipOutlined />}
          disabled={busy}
          onClick={() => download(() => api.download(f.link), f.filename ?? f.id)}
          data-testid="evidence-file"
          data-name={f.filename ?? ''}
          data-link={f.link}
        >
          {f.filename ?? f.id} {size(f.size)}
        </Button>
      ))}
    </Space>
  );
}
