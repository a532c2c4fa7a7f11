import { Card, Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import { Link } from 'react-router-dom';
import type { Me } from '../auth/types';
import { useT } from '../i18n';
import { formatDate } from '../shared/format';

/** Who the user is: role, department and team, certificate, enterprise — only what the user has. */
export function ProfileCard({ me }: { me: Me }) {
  const t = useT();
  const items: DescriptionsProps['items'] = [
    { key: 'role', label: t('home.role'), children: <Tag color="blue">{t(`role.${me.role}`)}</Tag> },
  ];
  if (me.department)
    items.push({ key: 'department', label: t('home.department'), children: me.department.name });
  if (me.team) items.push({ key: 'team', label: t('home.team'), children: me.team.name });
  if (me.officer) {
    items.push(
      { key: 'certificateNo', label: t('home.certificateNo'), children: me.officer.certificateNo },
      {
        key: 'certificateValidUntil',
        label: t('home.certificateValidUntil'),
        children: formatDate(me.officer.certificateValidUntil),
      },
    );
  }
  if (me.enterprise) {
    items.push(
      {
        key: 'enterprise',
        label: t('home.enterprise'),
        children: (
          <Link to={`/enterprises/${encodeURIComponent(me.enterprise.uscc)}`}>{me.enterprise.name}</Link>
        ),
      },
      { key: 'uscc', label: t('home.uscc'), children: me.enterprise.uscc },
    );
  }

  return (
    <Card style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-greeting">
        {t('home.greeting', { name: me.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('app.title')} · {t('app.motto')}
      </Typography.Paragraph>
      <Descriptions
        title={t('home.profile')}
        items={items}
        column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
        size="small"
      />
    </Card>
  );
}
