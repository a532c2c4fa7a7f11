import type { TableColumnsType } from 'antd';
import { DataTable } from '../../shared/DataTable';

/** A section's table in the enterprise file: ten rows a page, cards on a phone (DataTable). */
export function SectionTable<T extends { id: string }>({
  rows,
  columns,
  testId,
}: {
  rows: readonly T[];
  columns: TableColumnsType<T>;
  testId: string;
}) {
  return (
    <DataTable<T>
      data-testid={testId}
      columns={columns}
      dataSource={[...rows]}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}

/** "a、b、c" from named references, or — when there are none. */
export const namesText = (list: readonly { name: string | null }[], none: string, separator: string) => {
  const names = list.map((x) => x.name).filter((n): n is string => Boolean(n));
  return names.length ? names.join(separator) : none;
};
