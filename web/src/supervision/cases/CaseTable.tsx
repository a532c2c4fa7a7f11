import type { TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Query } from '../../api/client';
import { useT } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import { PagedTable } from '../../shared/PagedTable';
import { casePageUrl, CASES_PATH } from '../api';
import { CaseStatusTag, EnterpriseLinkText } from '../tags';
import type { SupervisionCase } from '../types';

interface Props {
  /** Filters of GET /api/supervision/cases. */
  query: Query;
  /** The department column, for those who see every department's cases. */
  showDepartment: boolean;
  actions?: (c: SupervisionCase, reload: () => void) => ReactNode;
  testId: string;
}

function useColumns(showDepartment: boolean): TableColumnsType<SupervisionCase> {
  const t = useT();
  return useMemo(() => {
    const columns: TableColumnsType<SupervisionCase> = [
      {
        key: 'caseNo',
        title: t('case.caseNo'),
        fixed: 'start',
        render: (_, c) => (
          <Link to={casePageUrl(c.id)} data-testid="case-link">
            {c.caseNo}
          </Link>
        ),
      },
      { key: 'title', dataIndex: 'title', title: t('case.title'), width: 280 },
      {
        key: 'enterprise',
        title: t('enterprise.name'),
        render: (_, c) => <EnterpriseLinkText enterprise={c.enterprise} />,
      },
      {
        key: 'department',
        title: t('case.department'),
        render: (_, c) => c.department.name ?? t('common.none'),
      },
      { key: 'source', title: t('case.source'), render: (_, c) => t(`case.source.${c.source}`) },
      {
        key: 'status',
        title: t('field.status'),
        render: (_, c) => <CaseStatusTag status={c.status} overdue={c.overdue} />,
      },
      { key: 'openedAt', title: t('case.openedAt'), render: (_, c) => formatDateTime(c.openedAt) },
      { key: 'dueDay', dataIndex: 'dueDay', title: t('case.dueDay') },
      {
        key: 'rounds',
        title: t('case.rounds'),
        render: (_, c) => t('case.roundsValue', { answers: c.answerCount, returns: c.returnCount }),
      },
    ];
    return showDepartment ? columns : columns.filter((c) => c.key !== 'department');
  }, [t, showDepartment]);
}

/** A page of cases in the caller's scope, newest first, each opening its page (and the caller's actions). */
export function CaseTable({ query, showDepartment, actions, testId }: Props) {
  return (
    <PagedTable<SupervisionCase>
      path={CASES_PATH}
      query={query}
      columns={useColumns(showDepartment)}
      actions={actions}
      rowData={(c) => ({ testid: 'case-row', id: c.id, 'case-no': c.caseNo, status: c.status })}
      testId={testId}
    />
  );
}
