import { Card, Descriptions, Flex, Typography, type DescriptionsProps } from 'antd';
import { useT } from '../i18n';
import { formatDate } from '../shared/format';
import { EnterpriseStatusTag } from './EnterpriseStatusTag';
import type { Enterprise } from './types';

/** The enterprise file's header card: the registration facts of the enterprise. */
export function EnterpriseHeader({ enterprise: e }: { enterprise: Enterprise }) {
  const t = useT();
  const items: DescriptionsProps['items'] = [
    {
      key: 'uscc',
      label: t('enterprise.uscc'),
      children: <Typography.Text copyable>{e.uscc}</Typography.Text>,
    },
    {
      key: 'legalRepresentative',
      label: t('enterprise.legalRepresentative'),
      children: e.legalRepresentative,
    },
    { key: 'industry', label: t('enterprise.industry'), children: e.industryName },
    { key: 'division', label: t('enterprise.division'), children: e.divisionName ?? e.divisionCode },
    {
      key: 'aboveDesignatedSize',
      label: t('enterprise.aboveDesignatedSize'),
      children: e.aboveDesignatedSize ? t('common.yes') : t('common.no'),
    },
    { key: 'registeredOn', label: t('enterprise.registeredOn'), children: formatDate(e.registeredOn) },
    ...(e.phone ? [{ key: 'phone', label: t('enterprise.phone'), children: e.phone }] : []),
    { key: 'address', label: t('enterprise.address'), children: e.address, span: 'filled' },
  ];
  return (
    <Card style={{ marginBottom: 16 }}>
      <Flex align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="enterprise-detail-name">
          {e.name}
        </Typography.Title>
        <EnterpriseStatusTag status={e.status} />
        <Typography.Text type="secondary">{t('enterprise.file')}</Typography.Text>
      </Flex>
      <Descriptions items={items} column={{ xs: 1, sm: 1, md: 2, lg: 3 }} size="small" />
    </Card>
  );
}
