import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../i18n';
import { useDownload } from '../shared/useDownload';
import { exportEnterprises } from './api';
import type { EnterpriseFilter } from './types';

/** 导出: the .xlsx of the enterprises matching the current filter. */
export function ExportButton({ filter }: { filter: EnterpriseFilter }) {
  const t = useT();
  const [busy, download] = useDownload();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => download(() => exportEnterprises(filter), `${t('enterprise.exportFileName')}.xlsx`)}
      data-testid="enterprise-export"
    >
      {t('enterprise.export')}
    </Button>
  );
}
