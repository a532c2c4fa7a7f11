import { Flex, Tag, Timeline, Typography, type TimelineItemProps } from 'antd';
import { useT, type Translate } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import type { CaseEvent, CaseEventKind } from '../types';
import { EvidenceFiles } from './EvidenceFiles';

const COLORS: Record<CaseEventKind, string> = {
  opened: 'blue',
  answered: 'green',
  returned: 'red',
  closed: 'green',
  reminded: 'orange',
  escalated: 'red',
};

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** One line of what the step's detail adds: the department and deadline, the answer's round, on time or not. */
function detailLine(e: CaseEvent, t: Translate): string | null {
  const d = e.detail;
  switch (e.kind) {
    case 'opened':
      return t('timeline.opened.detail', {
        department: text(d.departmentName),
        days: text(d.workingDays),
        due: text(d.dueDay),
      });
    case 'answered':
      return t(d.onTime === false ? 'timeline.answered.late' : 'timeline.answered.detail', {
        n: text(d.answer),
      });
    case 'returned':
      return t('timeline.returned.detail', { n: text(d.returned) });
    case 'reminded':
      return t('timeline.reminded.detail', { due: text(d.dueDay) });
    case 'escalated':
      return t('timeline.escalated.detail', { due: text(d.dueDay) });
    default:
      return null;
  }
}

function item(e: CaseEvent, t: Translate): TimelineItemProps {
  const line = detailLine(e, t);
  return {
    key: e.id,
    color: COLORS[e.kind],
    title: (
      <Flex wrap gap={8} align="center" data-testid="timeline-event" data-kind={e.kind}>
        <Typography.Text strong>{t(`timeline.${e.kind}`)}</Typography.Text>
        <Typography.Text type="secondary">
          {e.actor.type === 'system' ? t('timeline.system') : e.actor.name}
        </Typography.Text>
        <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
        {e.kind === 'closed' && (
          <Tag color={e.detail.onTime === false ? 'red' : 'green'} data-testid="closed-on-time">
            {t(e.detail.onTime === false ? 'case.closedLate' : 'case.closedOnTime')}
          </Tag>
        )}
      </Flex>
    ),
    content: (
      <Flex vertical gap={4} data-testid={`timeline-${e.kind}`}>
        {line && <Typography.Text type="secondary">{line}</Typography.Text>}
        {e.text && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {e.text}
          </Typography.Paragraph>
        )}
        <EvidenceFiles files={e.files} />
      </Flex>
    ),
  };
}

/** 办理过程: opened, answered (with evidence), returned with reasons, answered again, closed, reminders, escalations. */
export function CaseTimeline({ events }: { events: readonly CaseEvent[] }) {
  const t = useT();
  return <Timeline data-testid="case-timeline" items={events.map((e) => item(e, t))} />;
}
