import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Tag, Typography, theme } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { logout } from '../auth/api';
import { useMe, useSession } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { NotificationBell } from '../notifications/NotificationBell';
import { FullPageSpin } from '../shared/FullPageSpin';
import { menuFor, selectedEntry } from './menu';

const SIDER_WIDTH = 208;

export default function AppLayout() {
  const t = useT();
  const me = useMe();
  const { signedOut } = useSession();
  const location = useLocation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const [narrow, setNarrow] = useState(false);
  const [leaving, setLeaving] = useState(false);

  const entries = menuFor(me);
  const selected = selectedEntry(entries, location.pathname);

  const onLogout = async () => {
    setLeaving(true);
    try {
      await logout();
    } catch {
      // the session is dropped locally either way
    }
    signedOut('logout'); // RequireSession then goes to /login
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={SIDER_WIDTH}
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 72}
        collapsible
        // On phones the header's menu button opens it, not antd's floating tab.
        trigger={narrow ? null : undefined}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        onBreakpoint={setNarrow}
        // On phones the menu slides over the content instead of squeezing it.
        style={narrow ? { position: 'fixed', insetBlock: 0, left: 0, zIndex: 100 } : undefined}
      >
        <Link
          to="/"
          style={{ display: 'block', padding: collapsed ? '16px 8px' : '16px 20px', color: '#fff' }}
        >
          <Typography.Title
            level={4}
            style={{ color: '#fff', margin: 0, textAlign: collapsed ? 'center' : 'start' }}
          >
            {t('app.name')}
          </Typography.Title>
          {!collapsed && (
            <Typography.Text style={{ color: 'rgba(255,255,255,0.65)', fontSize: 12 }}>
              {t('app.subtitle')}
            </Typography.Text>
          )}
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected.key] : []}
          onClick={() => narrow && setCollapsed(true)}
          items={entries.map((entry) => ({
            key: entry.key,
            icon: entry.icon,
            label: (
              <Link to={entry.href} data-testid={entry.testId}>
                {t(entry.label)}
              </Link>
            ),
          }))}
        />
      </Layout.Sider>
      {narrow && !collapsed && (
        <div
          aria-hidden
          onClick={() => setCollapsed(true)}
          style={{ position: 'fixed', inset: 0, zIndex: 99, background: 'rgba(0,0,0,0.45)' }}
        />
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            height: 'auto',
            minHeight: 56,
            lineHeight: 'normal',
            padding: '8px 16px',
          }}
        >
          <Flex align="center" justify="flex-end" wrap gap={8} style={{ minHeight: 40 }}>
            {narrow && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('header.openMenu')}
                data-testid="menu-toggle"
                onClick={() => setCollapsed((c) => !c)}
              />
            )}
            <Flex align="center" wrap gap={6} style={{ marginInlineEnd: 'auto' }} data-testid="header-user">
              <UserOutlined />
              <Typography.Text strong>{me.displayName}</Typography.Text>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t(`role.${me.role}`)}
              </Tag>
              {!narrow && (me.department || me.enterprise) && (
                <Typography.Text type="secondary">
                  {me.department?.name ?? me.enterprise?.name}
                </Typography.Text>
              )}
            </Flex>
            <NotificationBell />
            <LanguageSwitch />
            <Button
              type="text"
              icon={<LogoutOutlined />}
              loading={leaving}
              onClick={onLogout}
              aria-label={t('header.logout')}
              title={t('header.logout')}
              data-testid="logout"
            >
              {!narrow && t('header.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
