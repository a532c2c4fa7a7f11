import { Button, Card, Form, Input, InputNumber, Radio, Select, type InputNumberProps } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { useShowError } from '../../api/useShowError';
import { useT, type MessageKey } from '../../i18n';
import { useDivisionOptions, useIndustryOptions } from '../../reference/hooks';
import { VerticalForm } from '../../shared/VerticalForm';
import { DRAWS_PATH, type DrawInput, type RandomDraw } from './types';

interface Values {
  /** An industry code from the industry options (the server's list). */
  industry?: NonNullable<DrawInput['filter']>['industry'];
  divisionCode?: string;
  mode: 'ratio' | 'count';
  /** Percent, for the ratio mode. */
  percent?: number;
  count?: number;
  seed?: string;
}

function toInput(v: Values): DrawInput {
  return {
    filter: { industry: v.industry || undefined, divisionCode: v.divisionCode || undefined },
    ...(v.mode === 'ratio' ? { ratio: (v.percent ?? 0) / 100 } : { count: v.count }),
    seed: v.seed?.trim() || undefined,
  };
}

interface SizeField {
  name: 'percent' | 'count';
  label: MessageKey;
  testId: string;
  input: InputNumberProps;
}

/** The size of a draw in each mode: a percent of the matching enterprises, or a number of them. */
const SIZES: Record<Values['mode'], SizeField> = {
  ratio: {
    name: 'percent',
    label: 'draw.ratio',
    testId: 'draw-ratio',
    input: { min: 0.1, max: 100, step: 1, suffix: '%' },
  },
  count: {
    name: 'count',
    label: 'draw.count',
    testId: 'draw-count',
    input: { min: 1, max: 100000, precision: 0 },
  },
};

/** 双随机: draw enterprises (by industry / division, a ratio or a count) and officer pairs; the seed makes it reproducible. */
export function DrawForm({ onDrawn }: { onDrawn: (draw: RandomDraw) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const industries = useIndustryOptions();
  const divisions = useDivisionOptions();
  const [busy, setBusy] = useState(false);
  const size = SIZES[Form.useWatch('mode', form) ?? 'ratio'];

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      onDrawn(await api.post<RandomDraw>(DRAWS_PATH, toInput(values)));
    } catch (error) {
      if (!applyFieldErrors(form, error, ['seed'])) showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('draw.new')} style={{ marginBottom: 16 }}>
      <VerticalForm<Values>
        form={form}
        busy={busy}
        initialValues={{ mode: 'ratio', percent: 5 }}
        onFinish={submit}
        testId="draw-form"
      >
        <Form.Item name="industry" label={t('enterprise.industry')}>
          <Select allowClear placeholder={t('enterprise.industryPlaceholder')} options={industries.options} />
        </Form.Item>
        <Form.Item name="divisionCode" label={t('enterprise.division')}>
          <Select allowClear placeholder={t('enterprise.divisionPlaceholder')} options={divisions.options} />
        </Form.Item>
        <Form.Item name="mode" label={t('draw.size')}>
          <Radio.Group
            options={[
              { value: 'ratio', label: t('draw.byRatio') },
              { value: 'count', label: t('draw.byCount') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name={size.name}
          label={t(size.label)}
          rules={[{ required: true, message: t('draw.sizeRequired') }]}
        >
          <InputNumber {...size.input} style={{ width: '100%' }} data-testid={size.testId} />
        </Form.Item>
        <Form.Item name="seed" label={t('draw.seed')} extra={t('draw.seedHint')}>
          <Input maxLength={200} allowClear data-testid="draw-seed" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="draw-submit">
          {t('draw.submit')}
        </Button>
      </VerticalForm>
    </Card>
  );
}
