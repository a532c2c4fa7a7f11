import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Empty, Flex, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useShowError } from '../api/useShowError';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import { markAllRead, markRead, NOTIFICATIONS_PATH, type Notification, type NotificationPage } from './api';

/** How often the unread count is refreshed while the page is open. */
const POLL_MS = 60_000;
const SHOWN = 10;

function NotificationItem({ n, onOpen }: { n: Notification; onOpen: (n: Notification) => void }) {
  const { token } = theme.useToken();
  return (
    <button
      type="button"
      onClick={() => onOpen(n)}
      data-testid="notification-item"
      data-id={n.id}
      data-kind={n.kind}
      data-read={n.readAt ? 'true' : 'false'}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'start',
        border: 'none',
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: '8px 12px',
        cursor: 'pointer',
        background: n.readAt ? 'transparent' : token.colorPrimaryBg,
      }}
    >
      <Typography.Text strong={!n.readAt}>{n.text}</Typography.Text>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(n.createdAt)}
      </Typography.Text>
    </button>
  );
}

/**
 * The header's bell (H3): the unread count, the latest notifications (opening one marks it read and goes to
 * its page, e.g. a supervision case) and 全部已读.
 */
export function NotificationBell() {
  const t = useT();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const { data, reload } = useApiQuery<NotificationPage>(NOTIFICATIONS_PATH, { pageSize: SHOWN });

  useEffect(() => {
    const timer = window.setInterval(reload, POLL_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (error) {
      showError(error);
    } finally {
      reload();
    }
  };
  const openOne = (n: Notification) => {
    setOpen(false);
    if (!n.readAt) void act(() => markRead(n.id));
    if (n.link?.startsWith('/')) navigate(n.link);
  };
  const unread = data?.unread ?? 0;

  const panel = (
    <div
      data-testid="notification-list"
      style={{
        width: 360,
        maxWidth: 'calc(100vw - 24px)',
        background: token.colorBgElevated,
        borderRadius: token.borderRadiusLG,
        boxShadow: token.boxShadowSecondary,
        overflow: 'hidden',
      }}
    >
      <Flex
        justify="space-between"
        align="center"
        style={{ padding: '8px 12px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={!unread}
          onClick={() => act(markAllRead)}
          data-testid="notification-read-all"
        >
          {t('notifications.readAll')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        {data?.items.length ? (
          data.items.map((n) => <NotificationItem key={n.id} n={n} onOpen={openOne} />)
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('notifications.empty')}
            style={{ padding: 16 }}
          />
        )}
      </div>
    </div>
  );

  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reload();
      }}
      popupRender={() => panel}
      placement="bottomRight"
    >
      <Button
        type="text"
        aria-label={t('notifications.title')}
        title={t('notifications.title')}
        data-testid="notification-bell"
        data-unread={unread}
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
