import { ListTable, type ListTableProps } from '../shared/ListTable';

interface RowDetailProps {
  text: string;
  noteLabel: string;
  note?: string | null;
}

/** A row's expanded text (a request's question, a commitment's statement), then its labelled note where there is one. */
export function RowDetail({ text, noteLabel, note }: RowDetailProps) {
  return (
    <div>
      {text}
      {note && <p>{`${noteLabel}：${note}`}</p>}
    </div>
  );
}

/** A small list whose rows expand to their text and note (协查, 承诺). */
export function DetailListTable<T extends object>({
  detail,
  ...table
}: ListTableProps<T> & { detail: (row: T) => RowDetailProps }) {
  return (
    <ListTable<T>
      size="small"
      expandable={{ expandedRowRender: (row) => <RowDetail {...detail(row)} /> }}
      {...table}
    />
  );
}
