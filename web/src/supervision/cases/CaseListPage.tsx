import { Card, Checkbox, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n';
import { DepartmentSelect, EnumSelect } from '../../shared/filters';
import { CASE_SOURCES, CASE_STATUSES, type CaseSource, type CaseStatus } from '../types';
import { CaseTable } from './CaseTable';

/** 督办件 (B2), for the supervisor and administrators: every department's cases, filtered. */
export default function CaseListPage() {
  const t = useT();
  const [status, setStatus] = useState<CaseStatus>();
  const [source, setSource] = useState<CaseSource>();
  const [departmentId, setDepartmentId] = useState<string>();
  const [overdue, setOverdue] = useState(false);
  const query = { status, source, departmentId, overdue: overdue || undefined };
  return (
    <Card title={t('menu.supervisionCases')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <EnumSelect<CaseStatus>
          values={CASE_STATUSES}
          label={(v) => t(`case.status.${v}`)}
          value={status}
          onChange={setStatus}
          placeholder={t('alert.statusPlaceholder')}
          testId="case-status-filter"
        />
        <EnumSelect<CaseSource>
          values={CASE_SOURCES}
          label={(v) => t(`case.source.${v}`)}
          value={source}
          onChange={setSource}
          placeholder={t('case.sourcePlaceholder')}
          testId="case-source-filter"
          minWidth={160}
        />
        <DepartmentSelect value={departmentId} onChange={setDepartmentId} testId="case-department-filter" />
        <Checkbox
          checked={overdue}
          onChange={(e) => setOverdue(e.target.checked)}
          data-testid="case-overdue-filter"
        >
          {t('case.onlyOverdue')}
        </Checkbox>
      </Space>
      {/* A new filter starts again at the first page. */}
      <CaseTable key={JSON.stringify(query)} query={query} showDepartment testId="case-table" />
    </Card>
  );
}
