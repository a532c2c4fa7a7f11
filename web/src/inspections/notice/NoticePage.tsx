import { PrinterOutlined } from '@ant-design/icons';
import { Button, Divider, Flex, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { CodeItems } from '../../scan/CodeItems';
import { CodeOfficers } from '../../scan/CodeOfficers';
import { CodeSummary } from '../../scan/CodeSummary';
import { RightsBox } from '../../scan/RightsBox';
import { StatusBanner } from '../../scan/StatusBanner';
import type { ScanResult } from '../../scan/types';
import { formatDate, formatDateTime } from '../../shared/format';
import { FullPageSpin } from '../../shared/FullPageSpin';
import { ErrorResult } from '../../shared/StatusResults';
import { codePath } from '../api';
import { CodeQr } from '../CodeQr';
import { CodeText } from '../CodeText';
import './notice.css';

/** 检查告知书: the printable notice of a code — what the enterprise is shown at the door (A5, A6). */
export default function NoticePage() {
  const t = useT();
  const { code = '' } = useParams();
  const { data, error, reload } = useApiQuery<ScanResult>(codePath(code));

  if (error) return <ErrorResult error={error} onRetry={reload} />;
  if (!data) return <FullPageSpin />;
  if (data.status === 'invalid') return <StatusBanner status="invalid" />;

  const departments = data.departments.map((d) => d.name).join(t('common.listSeparator'));
  return (
    <>
      <Flex justify="flex-end" gap={8} className="qq-no-print" style={{ padding: 12 }}>
        <LanguageSwitch type="default" />
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="notice-print"
        >
          {t('notice.print')}
        </Button>
      </Flex>
      <article className="qq-notice-sheet" data-testid="notice">
        <Typography.Title level={2} style={{ textAlign: 'center', letterSpacing: 4 }}>
          {t('notice.title')}
        </Typography.Title>
        <Typography.Paragraph strong style={{ fontSize: 16 }}>
          {t('notice.to', { name: data.enterprise.name })}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 15, textIndent: '2em' }}>
          {t('notice.body', {
            departments,
            start: formatDateTime(data.window.start),
            end: formatDateTime(data.window.end),
            items: data.items.length,
            officers: data.officers.length,
          })}
        </Typography.Paragraph>
        <CodeSummary code={data} column={1} />
        <Divider titlePlacement="start">{t('notice.items')}</Divider>
        <CodeItems items={data.items} />
        <Divider titlePlacement="start">{t('notice.officers')}</Divider>
        <CodeOfficers officers={data.officers} />
        <Divider />
        <Flex gap={24} wrap align="center" style={{ breakInside: 'avoid' }}>
          <CodeQr code={code} size={150} />
          <Flex vertical gap={4} style={{ flex: 1, minWidth: 220 }}>
            <Typography.Text strong>{t('notice.scan')}</Typography.Text>
            <Typography.Text type="secondary">{t('notice.scanHint')}</Typography.Text>
            <CodeText code={code} />
          </Flex>
        </Flex>
        <Divider />
        <RightsBox />
        <Flex vertical align="flex-end" gap={4} style={{ marginTop: 32, breakInside: 'avoid' }}>
          <Typography.Text>{departments}</Typography.Text>
          <Typography.Text>{formatDate(new Date().toISOString())}</Typography.Text>
        </Flex>
      </article>
    </>
  );
}
