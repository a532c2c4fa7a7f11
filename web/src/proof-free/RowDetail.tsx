/** A row's expanded text (a request's question, a commitment's statement), then its labelled note where there is one. */
export function RowDetail({
  text,
  noteLabel,
  note,
}: {
  text: string;
  noteLabel: string;
  note?: string | null;
}) {
  return (
    <div>
      {text}
      {note && <p>{`${noteLabel}：${note}`}</p>}
    </div>
  );
}
