import { Card, Space } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import type { Page } from '../../enterprises/types';
import { useT } from '../../i18n';
import { usePagination } from '../../inspections/usePagination';
import { NewButton } from '../../shared/NewButton';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { PENALTIES_PATH } from '../api';
import type { Penalty } from '../types';
import { NewPenaltyModal } from './NewPenaltyModal';
import { PenaltyFilters, type PenaltyFilter } from './PenaltyFilters';
import { PenaltyImportButton } from './PenaltyImportButton';
import { PenaltyTable } from './PenaltyTable';

/** 处罚信息 (credit officer): every penalty record, filters, Excel import, a new record, invitations. */
export default function PenaltiesPage() {
  const t = useT();
  const [filter, setFilter] = useState<PenaltyFilter>({});
  const [adding, setAdding] = useState(false);
  const { page, pageSize, pagination, firstPage } = usePagination();
  const { data, error, loading, reload } = useApiQuery<Page<Penalty>>(PENALTIES_PATH, { ...filter, page, pageSize });

  return (
    <Card
      title={t('menu.creditPenalties')}
      extra={
        <Space wrap>
          <PenaltyImportButton onImported={reload} />
          <NewButton onClick={() => setAdding(true)} testId="penalty-new">
            {t('credit.form.title')}
          </NewButton>
        </Space>
      }
    >
      <PenaltyFilters
        value={filter}
        onChange={(f) => {
          setFilter(f);
          firstPage();
        }}
      />
      <QueryErrorAlert error={error} onRetry={reload} />
      <PenaltyTable rows={data?.items ?? []} loading={loading} pagination={pagination(data?.total ?? 0)} onChanged={reload} />
      {adding && (
        <NewPenaltyModal
          onClose={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </Card>
  );
}
