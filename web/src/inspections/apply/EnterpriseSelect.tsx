import { Select } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { ENTERPRISES_PATH } from '../../enterprises/api';
import type { Enterprise, Page } from '../../enterprises/types';
import { useT } from '../../i18n';

export interface EnterpriseChoice {
  uscc: string;
  name: string;
  industry?: string;
}

interface Props {
  value?: string;
  onChange?: (uscc: string | undefined) => void;
  /** The chosen enterprise (undefined when cleared), e.g. to offer the items of its industry. */
  onEnterprise?: (enterprise: EnterpriseChoice | undefined) => void;
}

const labelOf = (e: EnterpriseChoice) => `${e.name}（${e.uscc}）`;

/** Picks an enterprise by part of its name or the start of its USCC (searched on the server). */
export function EnterpriseSelect({ value, onChange, onEnterprise }: Props) {
  const t = useT();
  // A pre-filled USCC (e.g. from a link) is searched for, so its name shows.
  const [search, setSearch] = useState(() => value ?? '');
  const q = useDeferredValue(search.trim());
  const [chosen, setChosen] = useState<EnterpriseChoice | null>(null);
  const { data, loading } = useApiQuery<Page<Enterprise>>(ENTERPRISES_PATH, {
    q,
    status: 'active',
    pageSize: 20,
  });

  const options = useMemo(() => {
    const found = (data?.items ?? []).map((e) => ({ value: e.uscc, label: labelOf(e) }));
    // The chosen enterprise keeps its name after the search moves on.
    if (chosen && chosen.uscc === value && !found.some((o) => o.value === chosen.uscc)) {
      found.unshift({ value: chosen.uscc, label: labelOf(chosen) });
    }
    return found;
  }, [data, chosen, value]);

  return (
    <Select
      allowClear
      data-testid="apply-enterprise"
      placeholder={t('enterprise.searchPlaceholder')}
      loading={loading}
      value={value}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={loading ? t('common.loading') : t('common.empty')}
      onChange={(uscc?: string) => {
        const e = data?.items.find((x) => x.uscc === uscc);
        const choice = e ? { uscc: e.uscc, name: e.name, industry: e.industry } : undefined;
        setChosen(choice ?? null);
        setSearch('');
        onChange?.(uscc);
        onEnterprise?.(choice);
      }}
    />
  );
}
