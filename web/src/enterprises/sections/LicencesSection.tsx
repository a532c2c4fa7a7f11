import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { SectionTable } from './SectionTable';
import type { LicenceRow } from './types';

const STATUS_COLOR: Record<LicenceRow['status'], string> = {
  valid: 'green',
  suspended: 'orange',
  revoked: 'red',
  cancelled: 'default',
  renewed: 'blue',
};

/** 许可证: each licence (kind named by the server in the reader's language) and the expiry reminders sent. */
export function LicencesSection({ rows }: { rows: readonly LicenceRow[] }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<LicenceRow>>(() => {
    const none = t('common.none');
    return [
      { key: 'kind', title: t('drugs.kind'), render: (_, r) => r.kind.name },
      { key: 'number', title: t('drugs.number'), render: (_, r) => r.number },
      { key: 'validUntil', title: t('drugs.validUntil'), render: (_, r) => `${r.validFrom} ~ ${r.validUntil}` },
      {
        key: 'status',
        title: t('drugs.status'),
        render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`drugs.status.${r.status}`)}</Tag>,
      },
      { key: 'scope', title: t('drugs.scope'), render: (_, r) => r.scope ?? none },
      {
        key: 'reminders',
        title: t('drugs.reminders'),
        render: (_, r) =>
          r.reminders.length ? (
            <Flex vertical>
              {r.reminders.map((m) => (
                <Typography.Text key={`${m.windowDays}-${m.sentAt}`} style={{ fontSize: 12 }}>
                  {t('drugs.reminder', { days: m.windowDays, applyBy: m.applyBy })}
                </Typography.Text>
              ))}
            </Flex>
          ) : (
            none
          ),
      },
    ];
  }, [t]);
  return <SectionTable rows={rows} columns={columns} testId="section-licences" />;
}
