import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../api/useShowError';
import { useT } from '../../i18n';
import { uploadProof } from '../api';
import type { Application, ProofKind } from '../types';

const ACCEPTED = /\.(pdf|jpe?g|png|webp)$/i;
const MAX_MB = 10;

/** Uploads the one proof no source held (PDF or image, ≤ 10 MB). */
export function ProofUpload({
  applicationId,
  kind,
  onUploaded,
}: {
  applicationId: string;
  kind: ProofKind;
  onUploaded: (a: Application) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    if (!ACCEPTED.test(file.name)) return void message.error(t('credit.upload.badType'));
    if (file.size > MAX_MB * 1024 * 1024) return void message.error(t('credit.upload.tooLarge', { mb: MAX_MB }));
    setBusy(true);
    try {
      const application = await uploadProof(applicationId, kind, file);
      void message.success(t('credit.upload.done'));
      onUploaded(application);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Upload
      accept=".pdf,.jpg,.jpeg,.png,.webp"
      showUploadList={false}
      disabled={busy}
      beforeUpload={(file) => {
        void upload(file);
        return false;
      }}
    >
      <Button type="primary" ghost icon={<UploadOutlined />} loading={busy} data-testid="proof-upload" data-kind={kind}>
        {t('credit.upload')}
      </Button>
    </Upload>
  );
}
