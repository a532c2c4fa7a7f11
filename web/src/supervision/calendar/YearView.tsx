import { Card, Col, Row, Tooltip, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n';
import type { CalendarEntry } from '../types';

const MONTHS = Array.from({ length: 12 }, (_, m) => m);
/** Monday first, as the Chinese working week. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

function MonthGrid({
  year,
  month,
  entries,
  onPick,
}: {
  year: number;
  month: number;
  entries: ReadonlyMap<string, CalendarEntry>;
  onPick: (day: string) => void;
}) {
  const t = useT();
  const { token } = theme.useToken();
  const first = dayjs(new Date(year, month, 1));
  const blanks = (first.day() + 6) % 7;
  const days = Array.from({ length: first.daysInMonth() }, (_, i) => first.add(i, 'day'));
  return (
    <Card size="small" title={t('calendar.month', { n: month + 1 })}>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(7, 1fr)',
          gap: 2,
          textAlign: 'center',
          fontSize: 12,
        }}
      >
        {WEEKDAYS.map((w) => (
          <Typography.Text key={w} type="secondary">
            {t(`calendar.weekday.short.${w}`)}
          </Typography.Text>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <span key={`b${i}`} />
        ))}
        {days.map((d) => {
          const key = d.format('YYYY-MM-DD');
          const entry = entries.get(key);
          const weekend = d.day() === 0 || d.day() === 6;
          const color =
            entry?.kind === 'holiday'
              ? token.colorError
              : entry?.kind === 'workday'
                ? token.colorPrimary
                : undefined;
          const cell = (
            <button
              type="button"
              onClick={() => onPick(key)}
              data-testid="calendar-cell"
              data-day={key}
              data-kind={entry?.kind ?? (weekend ? 'weekend' : 'workday-normal')}
              style={{
                border: 'none',
                borderRadius: 4,
                padding: '2px 0',
                cursor: 'pointer',
                background: color ? `${color}1f` : 'transparent',
                color: color ?? (weekend ? token.colorTextTertiary : token.colorText),
                fontWeight: entry ? 600 : undefined,
              }}
            >
              {d.date()}
            </button>
          );
          return entry ? (
            <Tooltip key={key} title={`${entry.name} · ${t(`calendar.kind.${entry.kind}`)}`}>
              {cell}
            </Tooltip>
          ) : (
            <span key={key}>{cell}</span>
          );
        })}
      </div>
    </Card>
  );
}

/** The year at a glance: holidays in red, adjusted working days in blue, weekends grey; a day opens its form. */
export function YearView({
  year,
  entries,
  onPick,
}: {
  year: number;
  entries: readonly CalendarEntry[];
  onPick: (day: string) => void;
}) {
  const byDay = new Map(entries.map((e) => [e.day, e]));
  return (
    <Row gutter={[12, 12]} data-testid="calendar-year">
      {MONTHS.map((m) => (
        <Col key={m} xs={24} sm={12} lg={8} xl={6}>
          <MonthGrid year={year} month={m} entries={byDay} onPick={onPick} />
        </Col>
      ))}
    </Row>
  );
}
