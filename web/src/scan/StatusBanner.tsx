import {
  CheckCircleFilled,
  ClockCircleFilled,
  CloseCircleFilled,
  FieldTimeOutlined,
  StopFilled,
  WarningFilled,
} from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import type { CodeStatus } from './types';

const LOOK: Record<CodeStatus, { color: string; icon: ReactNode }> = {
  valid: { color: '#389e0d', icon: <CheckCircleFilled /> },
  'not-yet-valid': { color: '#d46b08', icon: <ClockCircleFilled /> },
  expired: { color: '#595959', icon: <FieldTimeOutlined /> },
  revoked: { color: '#cf1322', icon: <StopFilled /> },
  done: { color: '#1f4e9c', icon: <CheckCircleFilled /> },
  invalid: { color: '#a8071a', icon: <CloseCircleFilled /> },
};

/** The big status of a scanned code: 有效 green … 无效或被篡改 red, with what it means for the enterprise. */
export function StatusBanner({ status }: { status: CodeStatus }) {
  const t = useT();
  const look = LOOK[status] ?? { color: '#a8071a', icon: <WarningFilled /> };
  return (
    <Flex
      vertical
      align="center"
      gap={4}
      role="status"
      data-testid="scan-status"
      data-status={status}
      style={{
        background: look.color,
        color: '#fff',
        padding: '20px 16px',
        borderRadius: 12,
        textAlign: 'center',
      }}
    >
      <span style={{ fontSize: 44, lineHeight: 1 }}>{look.icon}</span>
      <Typography.Title level={2} style={{ color: '#fff', margin: 0 }}>
        {t(`scan.status.${status}`)}
      </Typography.Title>
      <Typography.Text style={{ color: 'rgba(255,255,255,0.9)' }}>
        {t(`scan.status.${status}.hint`)}
      </Typography.Text>
    </Flex>
  );
}
