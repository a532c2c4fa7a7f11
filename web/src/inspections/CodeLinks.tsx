import { PrinterOutlined, ScanOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useT, type MessageKey } from '../i18n';
import { noticePageUrl, verifyPageUrl } from './api';

const LINKS: {
  key: string;
  label: MessageKey;
  icon: ReactNode;
  href: (code: string) => string;
  testId: string;
}[] = [
  {
    key: 'notice',
    label: 'inspection.notice',
    icon: <PrinterOutlined />,
    href: noticePageUrl,
    testId: 'open-notice',
  },
  {
    key: 'verify',
    label: 'inspection.verifyPage',
    icon: <ScanOutlined />,
    href: verifyPageUrl,
    testId: 'open-verify',
  },
];

/**
 * Opens the printable notice and the public verification page of a code, each in a new tab. Compact (in
 * table rows) shows the icons only, named by tooltip and aria-label.
 */
export function CodeLinks({ code, compact }: { code: string; compact?: boolean }) {
  const t = useT();
  return (
    <Space wrap size={4}>
      {LINKS.map((link) => {
        const button = (
          <Button
            key={link.key}
            size={compact ? 'small' : undefined}
            icon={link.icon}
            href={link.href(code)}
            target="_blank"
            aria-label={t(link.label)}
            data-testid={link.testId}
          >
            {!compact && t(link.label)}
          </Button>
        );
        return compact ? (
          <Tooltip key={link.key} title={t(link.label)}>
            {button}
          </Tooltip>
        ) : (
          button
        );
      })}
    </Space>
  );
}
