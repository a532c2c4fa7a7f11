import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n';
import { useDivisionOptions, useIndustryOptions } from '../reference/hooks';
import { SearchSelect } from '../shared/filters';
import type { EnterpriseFilter } from './types';
import type { ListPatch } from './useEnterpriseListParams';

interface Props {
  filter: EnterpriseFilter;
  onChange: (patch: ListPatch) => void;
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
      <Input
        value={draft}
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('enterprise.searchPlaceholder')}
        aria-label={t('enterprise.searchPlaceholder')}
        data-testid="enterprise-search"
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value === '') onSearch(''); // cleared with the × button
        }}
        onPressEnter={() => onSearch(draft.trim())}
      />
      <Button type="primary" onClick={() => onSearch(draft.trim())}>
        {t('common.search')}
      </Button>
    </Space.Compact>
  );
}

export function EnterpriseFilters({ filter, onChange }: Props) {
  const t = useT();
  const industries = useIndustryOptions();
  const divisions = useDivisionOptions();
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      {/* keyed by q: Back/Forward or a link puts the URL's query back into the box */}
      <SearchBox key={filter.q} initial={filter.q} onSearch={(q) => onChange({ q })} />
      <SearchSelect
        source={industries}
        minWidth={180}
        placeholder={t('enterprise.industryPlaceholder')}
        label={t('enterprise.industry')}
        testId="enterprise-industry"
        value={filter.industry}
        onChange={(industry) => onChange({ industry: industry ?? '' })}
      />
      <SearchSelect
        source={divisions}
        minWidth={160}
        placeholder={t('enterprise.divisionPlaceholder')}
        label={t('enterprise.division')}
        testId="enterprise-division"
        value={filter.divisionCode}
        onChange={(divisionCode) => onChange({ divisionCode: divisionCode ?? '' })}
      />
    </Flex>
  );
}
