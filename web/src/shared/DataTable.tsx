import { Card, Descriptions, Grid, List, Table, type TableColumnsType, type TableProps } from 'antd';
import type { HTMLAttributes, Key, ReactNode } from 'react';
import { useT } from '../i18n';

export interface DataTableProps<T> extends TableProps<T> {
  /** The data-* attributes of a row, e.g. `{ testid: 'case-row', id: c.id }` → data-testid, data-id (or `onRow`). */
  rowData?: (row: T) => Record<string, string | undefined>;
}

const dataAttributes = (data: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [`data-${key}`, value]),
  ) as HTMLAttributes<HTMLElement>;

/**
 * The house table: rows by id, scrolling sideways when wide, the empty text, data-* attributes per row. Below
 * 576 px (a phone) the rows become cards — one label and value a line, then what the row expands to — so no list
 * scrolls sideways.
 */
export function DataTable<T extends object>({ rowData, ...table }: DataTableProps<T>) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  if (screens.xs && !screens.sm) return <CardList rowData={rowData} {...table} />;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('common.empty') }}
      onRow={rowData && ((row) => dataAttributes(rowData(row)))}
      {...table}
    />
  );
}

type Column<T> = TableColumnsType<T>[number];

/** Leaf columns (groups flattened), in order. */
function leaves<T>(columns: readonly Column<T>[]): Column<T>[] {
  return columns.flatMap((c) => ('children' in c && c.children ? leaves(c.children) : [c]));
}

function cellOf<T extends object>(column: Column<T>, row: T, index: number): ReactNode {
  const path = 'dataIndex' in column ? column.dataIndex : undefined;
  const keys = path === undefined ? [] : Array.isArray(path) ? path : [path];
  let value: unknown = keys.length ? row : undefined;
  for (const k of keys) value = value == null ? undefined : (value as Record<string, unknown>)[k as string];
  const rendered = 'render' in column && column.render ? column.render(value, row, index) : value;
  if (rendered && typeof rendered === 'object' && 'children' in rendered && !('$$typeof' in rendered)) {
    return (rendered as { children: ReactNode }).children;
  }
  return rendered as ReactNode;
}

function CardList<T extends object>(props: DataTableProps<T>) {
  const { rowData, columns = [], dataSource, rowKey = 'id', pagination, loading, locale, onRow, expandable } = props;
  const testId = (props as { 'data-testid'?: string })['data-testid'];
  const t = useT();
  const cols = leaves(columns);
  const keyOf = (row: T, i: number): Key =>
    typeof rowKey === 'function' ? rowKey(row, i) : ((row as Record<string, unknown>)[rowKey as string] as Key) ?? i;
  return (
    <List<T>
      data-testid={testId}
      dataSource={dataSource ? [...dataSource] : []}
      loading={typeof loading === 'boolean' ? loading : !!loading}
      locale={{ emptyText: (typeof locale?.emptyText === 'function' ? locale.emptyText() : locale?.emptyText) ?? t('common.empty') }}
      pagination={
        pagination
          ? {
              size: 'small',
              align: 'center',
              current: pagination.current,
              pageSize: pagination.pageSize,
              total: pagination.total,
              onChange: pagination.onChange,
              hideOnSinglePage: pagination.hideOnSinglePage,
            }
          : false
      }
      rowKey={(row) => keyOf(row, (dataSource ?? []).indexOf(row))}
      renderItem={(row, i) => {
        const handlers = onRow?.(row, i) ?? {};
        return (
          <List.Item style={{ padding: '6px 0', border: 0 }}>
            <Card size="small" style={{ width: '100%' }} onClick={handlers.onClick} {...(rowData ? dataAttributes(rowData(row)) : {})}>
              <Descriptions
                size="small"
                column={1}
                items={cols.map((c, k) => ({
                  key: String(c.key ?? k),
                  label: typeof c.title === 'function' ? null : (c.title as ReactNode),
                  children: cellOf(c, row, i),
                }))}
              />
              {expandable?.expandedRowRender?.(row, i, 0, true)}
            </Card>
          </List.Item>
        );
      }}
    />
  );
}
