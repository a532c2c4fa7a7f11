import { Flex, Typography } from 'antd';
import { useT } from '../i18n';
import { CertificateStateTag } from '../officers/CertificateStateTag';
import { formatDate } from '../shared/format';
import type { ScanOfficer } from './types';

/** The officers a code names: name, enforcement certificate number, validity and its state today. */
export function CodeOfficers({ officers }: { officers: readonly ScanOfficer[] }) {
  const t = useT();
  return (
    <Flex vertical gap={8} data-testid="code-officers">
      {officers.map((o) => (
        <Flex
          key={o.id}
          justify="space-between"
          align="center"
          gap={8}
          wrap
          data-testid="code-officer"
          style={{ padding: '8px 10px', border: '1px solid #f0f0f0', borderRadius: 8, breakInside: 'avoid' }}
        >
          <Flex vertical>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {o.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('officer.certificateNo')} {o.certificateNo}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('officer.validUntil')} {formatDate(o.validUntil)}
            </Typography.Text>
          </Flex>
          <CertificateStateTag state={o.certificateState} />
        </Flex>
      ))}
    </Flex>
  );
}
