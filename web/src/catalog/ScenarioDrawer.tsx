import { Form, Input, Select, Switch } from 'antd';
import { useMemo } from 'react';
import { api } from '../api/client';
import type { Answer, Body } from '../api/typed';
import { useApiQuery } from '../api/useApiQuery';
import type { Page } from '../enterprises/types';
import { useT } from '../i18n';
import { useIndustryOptions } from '../reference/hooks';
import { Field } from '../shared/Field';
import { DrawerForm } from '../shared/DrawerForm';
import type { ActionModalProps } from '../shared/FormModal';
import { CodeField } from './CodeField';
import { CATALOG_ITEMS_PATH, CATALOG_PAGE_SIZE, CATALOG_SCENARIOS_PATH } from './api';
import type { CatalogItem, Scenario } from './types';

type Values = Body<'createScenario'>;

const itemLabel = (i: CatalogItem) => `${i.department.shortName || i.department.name} · ${i.code} ${i.name}`;

/** The items that apply to the chosen industry, as options (the scenario's own items stay listed). */
function ItemSelect({ industry, held, value, onChange }: { industry?: string; held: CatalogItem[]; value?: string[]; onChange?: (v: string[]) => void }) {
  const items = useApiQuery<Page<CatalogItem>>(industry ? CATALOG_ITEMS_PATH : null, { industry, pageSize: CATALOG_PAGE_SIZE });
  const options = useMemo(() => {
    const byId = new Map<string, CatalogItem>();
    for (const i of [...held, ...(items.data?.items ?? [])]) byId.set(i.id, i);
    return [...byId.values()].map((i) => ({ value: i.id, label: itemLabel(i) }));
  }, [held, items.data]);
  return (
    <Select
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      loading={items.loading}
      options={options}
      value={value}
      onChange={onChange}
      data-testid="scenario-form-items"
    />
  );
}

/** 新增/编辑联查场景: code, name, industry, description, publication and the items of several departments. */
export function ScenarioDrawer({ scenario, onClose, onDone }: ActionModalProps & { scenario: Scenario | null; }) {
  const t = useT();
  const industries = useIndustryOptions();
  const save = async (values: Values) => {
    const saved = scenario
      ? await api.patch<Answer<'updateScenario'>>(`${CATALOG_SCENARIOS_PATH}/${encodeURIComponent(scenario.id)}`, values)
      : await api.post<Answer<'createScenario', 201>>(CATALOG_SCENARIOS_PATH, values);
    return t('common.savedName', { name: saved.name });
  };
  return (
    <DrawerForm<Values>
      title={t(scenario ? 'catalog.scenario.edit' : 'catalog.scenario.new')}
      testId="scenario-form"
      width={640}
      fields={['code', 'name', 'industry', 'description', 'itemIds']}
      initialValues={
        scenario
          ? {
              code: scenario.code,
              name: scenario.name,
              industry: scenario.industry as Values['industry'],
              description: scenario.description,
              published: scenario.published,
              itemIds: scenario.items.map((i) => i.id),
            }
          : { published: true, itemIds: [] }
      }
      onClose={onClose}
      onSubmit={save}
      onDone={onDone}
    >
      <CodeField testId="scenario-form-code" />
      <Form.Item name="name" label={t('catalog.scenarioName')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="scenario-form-name" />
      </Form.Item>
      <Field name="industry" label={t('catalog.scenario.industry')} required>
        <Select showSearch={{ optionFilterProp: 'label' }} options={industries.options} loading={industries.loading} data-testid="scenario-form-industry" />
      </Field>
      <Form.Item name="description" label={t('catalog.scenario.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} data-testid="scenario-form-description" />
      </Form.Item>
      <Form.Item noStyle dependencies={['industry']}>
        {({ getFieldValue }) => (
          <Form.Item
            name="itemIds"
            label={t('catalog.scenario.items')}
            extra={t('catalog.scenario.itemsHint')}
            rules={[{ required: true, type: 'array', min: 2 }]}
          >
            <ItemSelect industry={getFieldValue('industry') as string | undefined} held={scenario?.items ?? []} />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item name="published" label={t('catalog.scenario.published')} valuePropName="checked">
        <Switch data-testid="scenario-form-published" />
      </Form.Item>
    </DrawerForm>
  );
}
