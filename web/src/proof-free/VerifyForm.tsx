import { App, Alert, Button, Card, Checkbox, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { applyFieldErrors } from '../api/formErrors';
import { useShowError } from '../api/useShowError';
import { useT } from '../i18n';
import { PF, type ProofKind, type VerifyAnswer } from './api';
import { methodLabel } from './tags';
import { Field } from '../shared/Field';

const METHODS = ['id-card', 'anhui-code', 'e-social-security-card', 'face'] as const;

interface Values {
  applicantIdNumber: string;
  proofKind: string;
  method: (typeof METHODS)[number];
  consent: boolean;
}

/** F3 — the window's verification: ID number, proof, identity check, and the applicant's consent to the named query. */
export function VerifyForm({
  kinds,
  onVerified,
  onAssist,
}: {
  kinds: ProofKind[];
  onVerified: (a: VerifyAnswer) => void;
  onAssist: (idNumber: string, kind: ProofKind) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const code = Form.useWatch('proofKind', form);
  const kind = kinds.find((k) => k.code === code);
  const consent = Form.useWatch('consent', form);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const at = new Date().toISOString();
      const answer = await api.post<VerifyAnswer>(`${PF}/verifications`, {
        applicantIdNumber: v.applicantIdNumber.trim(),
        proofKind: v.proofKind,
        consent: v.consent ? { method: v.method, at } : undefined,
        identity: { method: v.method },
      });
      onVerified(answer);
      form.setFieldValue('consent', false);
    } catch (error) {
      if (!applyFieldErrors(form, error, ['applicantIdNumber', 'proofKind'])) showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('menu.proofDesk')} data-testid="pf-verify-card">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ method: 'id-card', consent: false }}
        onFinish={submit}
      >
        <Field name="applicantIdNumber" label={t('pf.applicantIdNumber')} required>
          <Input maxLength={18} data-testid="pf-id-number" autoComplete="off" />
        </Field>
        <Field name="proofKind" label={t('pf.proofKind')} required>
          <Select
            data-testid="pf-proof-kind"
            showSearch
            optionFilterProp="label"
            options={kinds.map((k) => ({ value: k.code, label: k.name }))}
          />
        </Field>
        {kind && !kind.interface && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('pf.noInterface')}
            action={
              <Button
                size="small"
                data-testid="pf-open-assist"
                onClick={() => onAssist(form.getFieldValue('applicantIdNumber') ?? '', kind)}
              >
                {t('pf.askAssist')}
              </Button>
            }
          />
        )}
        <Form.Item name="method" label={t('pf.identityMethod')}>
          <Select
            data-testid="pf-method"
            options={METHODS.map((m) => ({ value: m, label: methodLabel(t, m) }))}
          />
        </Form.Item>
        {kind?.interface && (
          <Form.Item name="consent" valuePropName="checked" label={t('pf.consent')}>
            <Checkbox data-testid="pf-consent">
              {t('pf.consentText', { source: kind.interface.source, proof: kind.name })}
            </Checkbox>
          </Form.Item>
        )}
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={busy}
            disabled={!kind?.interface}
            data-testid="pf-verify"
            onClick={() => {
              if (!consent) void message.info(t('pf.consentNeeded'));
            }}
          >
            {t('pf.verify')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
