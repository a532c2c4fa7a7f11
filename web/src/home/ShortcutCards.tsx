import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { VisibleEntry } from '../app/menu';
import { useT } from '../i18n';

/** One card per menu entry the user has (from the same definition as the sider menu). */
export function ShortcutCards({ entries }: { entries: readonly VisibleEntry[] }) {
  const t = useT();
  if (!entries.length) return null;
  return (
    <>
      <Typography.Title level={5}>{t('home.shortcuts')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {entries.map((entry) => (
          <Col key={entry.key} xs={24} sm={12} lg={8}>
            <Link
              to={entry.href}
              data-testid={`home-${entry.testId}`}
              style={{ display: 'block', height: '100%' }}
            >
              <Card hoverable style={{ height: '100%' }}>
                <Flex align="flex-start" gap={12}>
                  <span style={{ fontSize: 24 }}>{entry.icon}</span>
                  <Flex vertical flex={1}>
                    <Typography.Text strong>{t(entry.label)}</Typography.Text>
                    <Typography.Text type="secondary">{t(entry.description)}</Typography.Text>
                  </Flex>
                  <ArrowRightOutlined />
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
