import { Form, Input, Select, Switch } from 'antd';
import { api } from '../api/client';
import type { Answer, Body } from '../api/typed';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { useDepartmentOptions, useIndustryOptions } from '../reference/hooks';
import { Field } from '../shared/Field';
import { DrawerForm } from '../shared/DrawerForm';
import type { ActionModalProps } from '../shared/FormModal';
import { CodeField } from './CodeField';
import { CATALOG_ITEMS_PATH } from './api';
import type { CatalogItem } from './types';

type Values = Body<'createCatalogItem'>;

/** 新增/编辑检查事项: code, name, legal basis, industries (and, for a new item, department and publication). */
export function ItemDrawer({ item, onClose, onDone }: ActionModalProps & { item: CatalogItem | null; }) {
  const t = useT();
  const me = useMe();
  const departments = useDepartmentOptions();
  const industries = useIndustryOptions();
  const save = async (values: Values) => {
    const saved = item
      ? await api.patch<Answer<'updateCatalogItem'>>(`${CATALOG_ITEMS_PATH}/${encodeURIComponent(item.id)}`, {
          code: values.code,
          name: values.name,
          legalBasis: values.legalBasis,
          industries: values.industries ?? [],
        })
      : await api.post<Answer<'createCatalogItem', 201>>(CATALOG_ITEMS_PATH, { ...values, industries: values.industries ?? [] });
    return t('common.savedName', { name: saved.name });
  };
  return (
    <DrawerForm<Values>
      title={t(item ? 'catalog.form.edit' : 'catalog.form.new')}
      testId="item-form"
      fields={['code', 'name', 'legalBasis', 'industries', 'departmentId']}
      initialValues={
        item
          ? { code: item.code, name: item.name, legalBasis: item.legalBasis, industries: item.industries as Values['industries'] }
          : { industries: [], published: false, departmentId: me.role === 'dept_admin' ? me.department?.id : undefined }
      }
      onClose={onClose}
      onSubmit={save}
      onDone={onDone}
    >
      {!item && me.role === 'admin' && (
        <Field name="departmentId" label={t('field.department')} required>
          <Select showSearch={{ optionFilterProp: 'label' }} options={departments.options} loading={departments.loading} data-testid="item-form-department" />
        </Field>
      )}
      <CodeField testId="item-form-code" />
      <Form.Item name="name" label={t('catalog.name')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="item-form-name" />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('catalog.legalBasis')} rules={[{ required: true, max: 2000 }]}>
        <Input.TextArea rows={3} data-testid="item-form-legal-basis" />
      </Form.Item>
      <Form.Item name="industries" label={t('catalog.form.industries')} extra={t('catalog.form.industriesHint')}>
        <Select mode="multiple" allowClear optionFilterProp="label" options={industries.options} loading={industries.loading} data-testid="item-form-industries" />
      </Form.Item>
      {!item && (
        <Form.Item name="published" label={t('catalog.form.publishNow')} valuePropName="checked">
          <Switch data-testid="item-form-published" />
        </Form.Item>
      )}
    </DrawerForm>
  );
}
