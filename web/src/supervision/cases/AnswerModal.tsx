import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Typography, Upload, type UploadFile } from 'antd';
import { useT } from '../../i18n';
import { FormModal, type ActionModalProps } from '../../shared/FormModal';
import { answerCase, EVIDENCE_ACCEPT, EVIDENCE_MAX_FILES, EVIDENCE_MAX_MB } from '../api';
import type { SupervisionCase } from '../types';

interface Values {
  text: string;
  files?: UploadFile[];
}

const EXTENSIONS = EVIDENCE_ACCEPT.split(',');
const accepted = (name: string) => EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** 反馈办理 (B2): what the department did, with evidence files, sent in one request. */
export function AnswerModal({
  item,
  ...modal
}: ActionModalProps & { item: Pick<SupervisionCase, 'id' | 'caseNo' | 'title' | 'instructions'> }) {
  const t = useT();
  const { message } = App.useApp();
  const submit = async ({ text, files = [] }: Values) => {
    await answerCase(
      item.id,
      text.trim(),
      files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => Boolean(f)),
    );
    return t('answer.sent');
  };
  const check = (file: File) => {
    if (!accepted(file.name)) {
      void message.error(t('answer.fileType'));
      return Upload.LIST_IGNORE;
    }
    if (file.size > EVIDENCE_MAX_MB * 1024 * 1024) {
      void message.error(t('answer.fileSize', { mb: EVIDENCE_MAX_MB }));
      return Upload.LIST_IGNORE;
    }
    return false; // kept in the form and sent with the answer
  };
  return (
    <FormModal<Values>
      {...modal}
      title={t('answer.title')}
      okText={t('answer.submit')}
      testId="answer-form"
      fields={['text']}
      onSubmit={submit}
    >
      <Typography.Paragraph>
        <Typography.Text strong>{item.caseNo}</Typography.Text> {item.title}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{item.instructions}</Typography.Paragraph>
      <Form.Item
        name="text"
        label={t('answer.text')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('answer.textRequired') }]}
      >
        <Input.TextArea rows={5} maxLength={10000} showCount data-testid="answer-text" />
      </Form.Item>
      <Form.Item
        name="files"
        label={t('answer.files')}
        extra={t('answer.filesHint', { n: EVIDENCE_MAX_FILES, mb: EVIDENCE_MAX_MB })}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
      >
        <Upload
          accept={EVIDENCE_ACCEPT}
          multiple
          maxCount={EVIDENCE_MAX_FILES}
          beforeUpload={check}
          data-testid="answer-files"
        >
          <Button icon={<UploadOutlined />}>{t('answer.addFiles')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
