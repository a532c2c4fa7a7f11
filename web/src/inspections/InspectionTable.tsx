import { Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { Query } from '../api/client';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import { PagedTable } from '../shared/PagedTable';
import { INSPECTIONS_PATH } from './api';
import { CodeText } from './CodeText';
import { kindText } from './kind';
import { phaseOf } from './phase';
import { PhaseTag } from './PhaseTag';
import type { Inspection } from './types';
import { useDepartmentNames } from './useDepartmentNames';
import { windowText } from './windowText';

/** Which side looks at the list: officers see the enterprise and the result deadline. */
export type Viewer = 'officer' | 'enterprise';

interface Props {
  viewer: Viewer;
  /** Filters of GET /api/inspections (status, mine …). */
  query: Query;
  actions: (inspection: Inspection, reload: () => void) => ReactNode;
  testId: string;
}

function ResultDue({ inspection }: { inspection: Inspection }) {
  const t = useT();
  if (inspection.resultRecordedAt) {
    return (
      <>
        {formatDateTime(inspection.resultRecordedAt)}
        {inspection.resultLate && <Tag color="red">{t('task.late')}</Tag>}
      </>
    );
  }
  if (inspection.status !== 'issued') return <>{t('common.none')}</>;
  const overdue = Date.now() > Date.parse(inspection.resultDueAt);
  return (
    <Typography.Text type={overdue ? 'danger' : undefined}>
      {formatDateTime(inspection.resultDueAt)}
    </Typography.Text>
  );
}

function useColumns(viewer: Viewer): TableColumnsType<Inspection> {
  const t = useT();
  const names = useDepartmentNames();
  return useMemo(() => {
    const columns: TableColumnsType<Inspection> = [
      { key: 'code', title: t('field.code'), render: (_, i) => <CodeText code={i.code} /> },
      {
        key: 'window',
        title: t('field.window'),
        render: (_, i) => windowText(i.window),
      },
      {
        key: 'departments',
        title: t('field.departments'),
        render: (_, i) => (
          <>
            {names(i.departmentIds).join(t('common.listSeparator'))}
            {i.joint && (
              <Tag color="purple" style={{ marginInlineStart: 6 }}>
                {t('inspection.joint')}
              </Tag>
            )}
          </>
        ),
      },
      { key: 'kind', title: t('field.kind'), render: (_, i) => kindText(i, t) },
      { key: 'phase', title: t('field.status'), render: (_, i) => <PhaseTag phase={phaseOf(i)} /> },
    ];
    if (viewer === 'officer') {
      columns.splice(1, 0, {
        key: 'enterprise',
        title: t('enterprise.name'),
        dataIndex: ['enterprise', 'name'],
      });
      columns.push({
        key: 'resultDue',
        title: t('task.resultDue'),
        render: (_, i) => <ResultDue inspection={i} />,
      });
    } else {
      columns.push({
        key: 'arrival',
        title: t('inspection.arrival'),
        render: (_, i) => (i.arrivalConfirmedAt ? formatDateTime(i.arrivalConfirmedAt) : t('common.none')),
      });
    }
    return columns;
  }, [t, names, viewer]);
}

/** A page of inspections in the caller's scope, newest window first, with the viewer's actions per row. */
export function InspectionTable({ viewer, ...table }: Props) {
  return (
    <PagedTable<Inspection>
      {...table}
      path={INSPECTIONS_PATH}
      columns={useColumns(viewer)}
      rowData={(i) => ({ testid: 'inspection-row', code: i.code, id: i.id })}
    />
  );
}
