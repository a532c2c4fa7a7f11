import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { Query } from '../../api/client';
import { useT } from '../../i18n';
import { useDownload } from '../../shared/useDownload';
import { exportFigures } from '../api';

/** 导出 Excel: the dashboard's figures for the same filters, one sheet per table. */
export function ExportFiguresButton({ query }: { query: Query }) {
  const t = useT();
  const [busy, download] = useDownload();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => download(() => exportFigures(query), `${t('dashboard.exportFileName')}.xlsx`)}
      data-testid="dashboard-export"
    >
      {t('dashboard.export')}
    </Button>
  );
}
