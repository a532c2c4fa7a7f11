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
  const choices = [
    { field: 'industry', name: 'industry', source: industries, minWidth: 180 },
    { field: 'divisionCode', name: 'division', source: divisions, minWidth: 160 },
  ] as const;
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      {/* keyed by q: Back/Forward or a link puts the URL's query back into the box */}
      <SearchBox key={filter.q} initial={filter.q} onSearch={(q) => onChange({ q })} />
      {choices.map(({ field, name, source, minWidth }) => (
        <SearchSelect
          key={field}
          source={source}
          minWidth={minWidth}
          placeholder={t(`enterprise.${name}Placeholder`)}
          label={t(`enterprise.${name}`)}
          testId={`enterprise-${name}`}
          value={filter[field]}
          onChange={(value) => onChange({ [field]: value ?? '' })}
        />
      ))}
    </Flex>
  );
}
