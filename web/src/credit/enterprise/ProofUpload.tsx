import { App } from 'antd';
import { useT } from '../../i18n';
import { UploadButton } from '../../shared/UploadButton';
import { uploadProof } from '../api';
import type { Application, ProofKind } from '../types';

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
  return (
    <UploadButton
      accept={['pdf', 'jpg', 'jpeg', 'png', 'webp']}
      badType={t('credit.upload.badType')}
      limit={{ mb: MAX_MB, message: t('credit.upload.tooLarge', { mb: MAX_MB }) }}
      onFile={async (file) => {
        const application = await uploadProof(applicationId, kind, file);
        void message.success(t('credit.upload.done'));
        onUploaded(application);
      }}
      type="primary"
      ghost
      data-testid="proof-upload"
      data-kind={kind}
    >
      {t('credit.upload')}
    </UploadButton>
  );
}
