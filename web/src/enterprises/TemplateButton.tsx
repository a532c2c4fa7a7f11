import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../i18n';
import { useDownload } from '../shared/useDownload';
import { importTemplate } from './api';

/** 下载模板: the import spreadsheet with its headers and an example row. */
export function TemplateButton() {
  const t = useT();
  const [busy, download] = useDownload();
  return (
    <Button
      type="link"
      icon={<FileExcelOutlined />}
      loading={busy}
      onClick={() => download(importTemplate, `${t('enterprise.templateFileName')}.xlsx`)}
      data-testid="enterprise-import-template"
    >
      {t('enterprise.importTemplate')}
    </Button>
  );
}
