import { Button, Card, InputNumber, Space, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useT, type MessageKey } from '../../i18n';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { DataTable } from '../../shared/DataTable';
import { EnumSegmented } from '../../shared/EnumSegmented';
import { NewButton } from '../../shared/NewButton';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { CALENDAR_PATH, removeCalendarDay } from '../api';
import type { CalendarEntry } from '../types';
import { DayFormModal } from './DayFormModal';
import { YearView } from './YearView';
import { useDialog } from '../../shared/useDialog';

const WEEKDAY_KEYS: readonly MessageKey[] = [0, 1, 2, 3, 4, 5, 6].map(
  (w) => `calendar.weekday.${w}` as MessageKey,
);
const VIEWS = ['year', 'list'] as const;
type View = (typeof VIEWS)[number];
type Editing = Partial<Pick<CalendarEntry, 'day' | 'kind' | 'name'>>;

function RemoveButton({ entry, onDone }: { entry: CalendarEntry; onDone: () => void }) {
  const t = useT();
  return (
    <ConfirmButton
      confirm={t('calendar.removeConfirm', { day: entry.day })}
      action={async () => {
        await removeCalendarDay(entry.day);
        onDone();
        return t('calendar.removed', { day: entry.day });
      }}
      size="small"
      danger
      data-testid="calendar-remove"
    >
      {t('common.remove')}
    </ConfirmButton>
  );
}

function useColumns(onEdit: (e: CalendarEntry) => void, onDone: () => void): TableColumnsType<CalendarEntry> {
  const t = useT();
  return useMemo(
    () => [
      { key: 'day', dataIndex: 'day', title: t('calendar.day') },
      {
        key: 'weekday',
        title: t('calendar.weekday'),
        render: (_, e) => t(WEEKDAY_KEYS[e.weekday] ?? 'common.none'),
      },
      {
        key: 'kind',
        title: t('calendar.kind'),
        render: (_, e) => (
          <Tag color={e.kind === 'holiday' ? 'red' : 'blue'}>{t(`calendar.kind.${e.kind}`)}</Tag>
        ),
      },
      { key: 'name', dataIndex: 'name', title: t('calendar.name') },
      {
        key: 'source',
        title: t('calendar.source'),
        render: (_, e) => (
          <>
            {t(`calendar.source.${e.source}`)}
            {e.provisional && <Tag style={{ marginInlineStart: 6 }}>{t('calendar.provisional')}</Tag>}
          </>
        ),
      },
      {
        key: 'actions',
        title: t('common.actions'),
        render: (_, e) => (
          <Space size={4}>
            <Button size="small" onClick={() => onEdit(e)} data-testid="calendar-edit">
              {t('calendar.edit')}
            </Button>
            <RemoveButton entry={e} onDone={onDone} />
          </Space>
        ),
      },
    ],
    [t, onEdit, onDone],
  );
}

/**
 * 工作日历 (admin): the holidays and adjusted working days (调休) that case deadlines are counted on — the
 * official data as shipped, corrected here. Removing a day makes it follow the weekday rule again.
 */
export default function CalendarPage() {
  const t = useT();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [view, setView] = useState<View>('year');
  const { data, loading, error, reload } = useApiQuery<{ items: CalendarEntry[] }>(CALENDAR_PATH, { year });
  const entries = useMemo(() => data?.items ?? [], [data]);
  const editing = useDialog<Editing>(reload);
  const columns = useColumns(editing.open, reload);
  const pick = (day: string) => editing.open(entries.find((e) => e.day === day) ?? { day });

  return (
    <Card
      title={t('menu.calendar')}
      extra={
        <NewButton onClick={() => editing.open({})} testId="calendar-add">
          {t('calendar.add')}
        </NewButton>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <InputNumber
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
          prefix={t('calendar.year')}
          data-testid="calendar-year-input"
        />
        <EnumSegmented<View>
          values={VIEWS}
          label={(v) => t(`calendar.view.${v}`)}
          value={view}
          onChange={setView}
          testId="calendar-view"
        />
      </Space>
      <QueryErrorAlert error={error} onRetry={reload} />
      {view === 'year' ? (
        <YearView year={year} entries={entries} onPick={pick} />
      ) : (
        <DataTable<CalendarEntry>
          rowKey="day"
          data-testid="calendar-table"
          columns={columns}
          dataSource={entries}
          loading={loading}
          pagination={false}
        />
      )}
      {editing.value && <DayFormModal initial={editing.value} {...editing.props} />}
    </Card>
  );
}
