import { Badge, Flex, Tag } from 'antd';
import { useT } from '../../i18n';
import { SIGNAL_KINDS, type SignalCounts, type SignalKind } from '../types';

/**
 * One tag per signal kind with its count under the other filters (the badge: still open); choosing a tag
 * filters the inbox by that kind, choosing it again (or 全部) clears it.
 */
export function KindCounts({
  counts,
  value,
  onChange,
}: {
  counts: SignalCounts | undefined;
  value: SignalKind | undefined;
  onChange: (kind: SignalKind | undefined) => void;
}) {
  const t = useT();
  const kinds = SIGNAL_KINDS.filter((k) => (counts?.byKind[k]?.total ?? 0) > 0 || k === value);
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} data-testid="kind-counts">
      <Tag.CheckableTag checked={!value} onChange={() => onChange(undefined)} data-testid="kind-count-all">
        {t('common.all')} {counts?.total ?? 0}
      </Tag.CheckableTag>
      {kinds.map((k) => {
        const c = counts?.byKind[k];
        return (
          <Badge
            key={k}
            count={c?.open ?? 0}
            size="small"
            title={t('supervision.openCount', { n: c?.open ?? 0 })}
          >
            <Tag.CheckableTag
              checked={value === k}
              onChange={(checked) => onChange(checked ? k : undefined)}
              data-testid="kind-count"
              data-kind={k}
              data-total={c?.total ?? 0}
              data-open={c?.open ?? 0}
            >
              {t(`alert.kind.${k}`)} {c?.total ?? 0}
            </Tag.CheckableTag>
          </Badge>
        );
      })}
    </Flex>
  );
}
