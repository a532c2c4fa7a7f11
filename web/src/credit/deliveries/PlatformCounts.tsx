import { Card, Col, Flex, Row, Statistic } from 'antd';
import { useT } from '../../i18n';
import { DELIVERY_PLATFORMS, platformName } from '../labels';
import type { DeliveryCount, DeliveryStatus } from '../types';

const COLORS: Record<DeliveryStatus, string> = { delivered: '#389e0d', pending: '#1677ff', dead: '#cf1322' };
const STATUSES: readonly DeliveryStatus[] = ['delivered', 'pending', 'dead'];

/** One card per platform: deliveries arrived, still being tried, given up (C5). */
export function PlatformCounts({ counts }: { counts: readonly DeliveryCount[] }) {
  const t = useT();
  const platforms = [...new Set([...DELIVERY_PLATFORMS, ...counts.map((c) => c.platform)])];
  const n = (platform: string, status: DeliveryStatus) =>
    counts.find((c) => c.platform === platform && c.status === status)?.count ?? 0;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {platforms.map((p) => (
        <Col key={p} xs={24} md={8}>
          <Card size="small" title={platformName(t, p)} data-testid={`delivery-count-${p}`}>
            <Flex justify="space-around">
              {STATUSES.map((s) => (
                <div key={s} data-status={s} data-value={n(p, s)}>
                  <Statistic
                    title={t(`credit.delivery.status.${s}`)}
                    value={n(p, s)}
                    styles={{ content: { color: COLORS[s] } }}
                  />
                </div>
              ))}
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
