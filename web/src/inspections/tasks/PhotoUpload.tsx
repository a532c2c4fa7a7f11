import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile, type UploadProps } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../api/useShowError';
import { useT } from '../../i18n';
import { uploadPhoto } from '../api';

/** What the API accepts (src/inspections/upload-photo.ts): JPEG, PNG or WebP, at most 8 MB, 20 a result. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_MB = 8;
export const PHOTO_MAX_COUNT = 20;

/** The reason a file cannot be a result photo, checked before it is sent; null when it can. */
export function photoProblem(file: Pick<File, 'type' | 'size'>): 'type' | 'size' | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > PHOTO_MAX_MB * 1024 * 1024) return 'size';
  return null;
}

interface Props {
  inspectionId: string;
  value?: string[];
  onChange?: (photoIds: string[]) => void;
}

/** Result photos: each uploaded at once; the form keeps the ids of the stored ones. */
export function PhotoUpload({ inspectionId, value = [], onChange }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [files, setFiles] = useState<UploadFile<{ id: string }>[]>([]);

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    const problem = photoProblem(file);
    if (!problem) return true;
    void message.error(t(problem === 'type' ? 'task.photoType' : 'task.photoSize', { mb: PHOTO_MAX_MB }));
    return Upload.LIST_IGNORE;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    uploadPhoto(inspectionId, file as File).then(
      (stored) => onSuccess?.(stored),
      (error: unknown) => {
        void message.error(errorText(error));
        onError?.(error as Error);
      },
    );
  };

  const onListChange: UploadProps<{ id: string }>['onChange'] = ({ fileList }) => {
    setFiles(fileList);
    const ids = fileList.filter((f) => f.status === 'done' && f.response).map((f) => f.response!.id);
    if (ids.join() !== value.join()) onChange?.(ids);
  };

  return (
    <Upload<{ id: string }>
      accept={PHOTO_TYPES.join(',')}
      listType="picture"
      multiple
      maxCount={PHOTO_MAX_COUNT}
      fileList={files}
      beforeUpload={beforeUpload}
      customRequest={customRequest}
      onChange={onListChange}
      data-testid="result-photos"
    >
      <Button icon={<UploadOutlined />}>{t('task.photoAdd', { mb: PHOTO_MAX_MB })}</Button>
    </Upload>
  );
}
