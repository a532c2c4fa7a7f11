import { Button, Checkbox, DatePicker, Form, Radio, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useIndustryOptions } from '../../reference/hooks';
import { enumOptions } from '../../shared/enumOptions';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { VerticalForm } from '../../shared/VerticalForm';
import { TRIGGERS, type InspectionKind, type Trigger } from '../types';
import { EnterpriseSelect, type EnterpriseChoice } from './EnterpriseSelect';
import { ItemPicker } from './ItemPicker';
import { ItemsHint } from './ItemsHint';
import { OfficerPicker } from './OfficerPicker';
import { useApplySources } from './useApplySources';

export interface ApplyFormValues {
  enterpriseUscc?: string;
  kind: InspectionKind;
  trigger?: Trigger;
  backfill?: boolean;
  scenarioId?: string;
  itemIds: string[];
  officerIds: string[];
  window?: [Dayjs, Dayjs];
}

interface Props {
  form: FormInstance<ApplyFormValues>;
  departmentId: string | undefined;
  initialValues: ApplyFormValues;
  busy: boolean;
  onSubmit: (values: ApplyFormValues) => void;
}

/** The request: enterprise, kind and trigger, items (own or a scenario's), officers (≥ 2), window. */
export function ApplyForm({ form, departmentId, initialValues, busy, onSubmit }: Props) {
  const t = useT();
  const kind = Form.useWatch('kind', form);
  const trigger = Form.useWatch('trigger', form);
  const scenarioId = Form.useWatch('scenarioId', form);
  const [enterprise, setEnterprise] = useState<EnterpriseChoice>();
  // The department's items of every industry, when the enterprise's industry has none (or the officer asks).
  const [allIndustries, setAllIndustries] = useState(false);
  const sources = useApplySources(departmentId, scenarioId, enterprise?.industry, allIndustries);
  const industries = useIndustryOptions();
  const industryName = enterprise?.industry
    ? (industries.options.find((o) => o.value === enterprise.industry)?.label ?? enterprise.industry)
    : undefined;

  // Another enterprise, another industry: its items and scenarios are chosen afresh.
  const onEnterprise = (next: EnterpriseChoice | undefined) => {
    if (next?.industry !== enterprise?.industry) {
      form.setFieldsValue({ scenarioId: undefined, itemIds: [] });
      setAllIndustries(false);
    }
    setEnterprise(next);
  };

  const onValuesChange = (changed: Partial<ApplyFormValues>) => {
    // A scenario brings its items; leaving it returns to the own department's list.
    if ('scenarioId' in changed) {
      const scenario = sources.scenarios.find((s) => s.id === changed.scenarioId);
      form.setFieldValue(
        'itemIds',
        scenario ? scenario.items.filter((i) => i.published).map((i) => i.id) : [],
      );
    }
  };

  return (
    <VerticalForm<ApplyFormValues>
      form={form}
      busy={busy}
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={onSubmit}
      testId="apply-form"
    >
      <QueryErrorAlert error={sources.error} onRetry={sources.reload} />
      <Form.Item
        name="enterpriseUscc"
        label={t('apply.enterprise')}
        rules={[{ required: true, message: t('apply.enterpriseRequired') }]}
      >
        <EnterpriseSelect onEnterprise={onEnterprise} />
      </Form.Item>
      <Form.Item name="kind" label={t('field.kind')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          data-testid="apply-kind"
          options={[
            { value: 'planned', label: t('value.planned') },
            { value: 'triggered', label: t('value.triggered') },
          ]}
        />
      </Form.Item>
      {kind === 'triggered' && (
        <Form.Item
          name="trigger"
          label={t('field.trigger')}
          rules={[{ required: true, message: t('apply.triggerRequired') }]}
        >
          <Select data-testid="apply-trigger" options={enumOptions(TRIGGERS, (v) => t(`value.${v}`))} />
        </Form.Item>
      )}
      {kind === 'triggered' && trigger === 'emergency' && (
        <Form.Item name="backfill" valuePropName="checked" extra={t('apply.backfillHint')}>
          <Checkbox data-testid="apply-backfill">{t('apply.backfill')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="scenarioId" label={t('apply.scenario')} extra={t('apply.scenarioHint')}>
        <Select
          allowClear
          data-testid="apply-scenario"
          placeholder={t('apply.scenarioNone')}
          options={sources.scenarios.map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      {!sources.loading && !sources.scenario && (
        <ItemsHint
          industryName={industryName}
          offered={sources.items.length}
          departmentTotal={sources.departmentTotal}
          scenarios={sources.scenarios}
          allIndustries={allIndustries}
          onAllIndustries={(all) => {
            form.setFieldValue('itemIds', []);
            setAllIndustries(all);
          }}
          onScenario={(id) => {
            form.setFieldsValue({ scenarioId: id });
            onValuesChange({ scenarioId: id });
          }}
        />
      )}
      <Form.Item
        name="itemIds"
        label={t('field.items')}
        rules={[{ required: true, type: 'array', min: 1, message: t('apply.itemsRequired') }]}
      >
        <ItemPicker items={sources.items} showDepartment={Boolean(sources.scenario)} />
      </Form.Item>
      <Form.Item
        name="officerIds"
        label={t('field.officers')}
        extra={t('apply.officersHint')}
        rules={[{ required: true, type: 'array', min: 2, message: t('apply.officersRequired') }]}
      >
        <OfficerPicker officers={sources.officers} />
      </Form.Item>
      <Form.Item
        name="window"
        label={t('field.window')}
        rules={[
          { required: true, message: t('apply.windowRequired') },
          {
            validator: (_, value?: [Dayjs, Dayjs]) =>
              !value || value[1].isAfter(value[0])
                ? Promise.resolve()
                : Promise.reject(new Error(t('apply.windowOrder'))),
          },
        ]}
      >
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          data-testid="apply-window"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block size="large" data-testid="apply-submit">
        {t('apply.submit')}
      </Button>
    </VerticalForm>
  );
}
