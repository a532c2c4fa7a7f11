import { Tag } from 'antd';
import { useMemo } from 'react';
import type { CatalogItem } from '../../catalog/types';
import { useT } from '../../i18n';
import { CheckList } from './CheckList';

interface Props {
  items: readonly CatalogItem[];
  /** Show each item's department (a joint scenario spans several). */
  showDepartment?: boolean;
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** The inspection items to check, each with its legal basis. */
export function ItemPicker({ items, showDepartment, value, onChange }: Props) {
  const t = useT();
  const options = useMemo(
    () =>
      items.map((i) => ({
        value: i.id,
        title: (
          <>
            {showDepartment && <Tag>{i.department.shortName || i.department.name}</Tag>}
            {i.name}
          </>
        ),
        extra: `${i.code} · ${t('common.labelValue', { label: t('catalog.legalBasis'), value: i.legalBasis })}`,
        disabled: !i.published,
      })),
    [items, showDepartment, t],
  );
  return <CheckList options={options} value={value} onChange={onChange} testId="apply-items" />;
}
