import { Button, Card, Form, Input, InputNumber, List, Select, Space, Tag } from 'antd';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT, type MessageKey } from '../i18n';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { formatDateTime } from '../shared/format';
import { useDialog } from '../shared/useDialog';
import { PF, type CatalogItem, type Commitment } from './api';
import { DetailListTable } from './RowDetail';
import { Field } from '../shared/Field';

const STATUS_COLOR: Record<Commitment['status'], string> = {
  signed: 'blue',
  selected: 'gold',
  kept: 'green',
  false: 'red',
};
const METHODS = ['written', 'online', 'on-site', 'public-notice', 'assist'] as const;

/** The materials a commitment may replace (the catalog marks high-risk ones as not allowed). */
function useCommitmentMaterials(enabled: boolean) {
  const catalog = useApiQuery<{ items: CatalogItem[] }>(enabled ? `${PF}/catalog` : null);
  return (catalog.data?.items ?? []).flatMap((i) =>
    i.materials
      .filter((m) => m.commitmentAllowed)
      .map((m) => ({ value: m.id, label: `${i.name} · ${m.name}` })),
  );
}

/** 告知承诺 (F3): commitments signed in lieu of proofs, seeded spot checks, check outcomes (false → credit record). */
export default function CommitmentsPage() {
  const t = useT();
  const me = useMe();
  const enterprise = me?.role === 'enterprise';
  const canSign = enterprise || me?.role === 'service_officer';
  const canCheck = !enterprise;
  const list = useApiQuery<{ items: Commitment[] }>(`${PF}/commitments`);
  const materials = useCommitmentMaterials(canSign && !enterprise);
  const signing = useDialog(list.reload);
  const drawing = useDialog(list.reload);
  const checking = useDialog<Commitment>(list.reload);
  return (
    <Card
      title={t('menu.proofCommitments')}
      extra={
        <Space>
          {canSign && !enterprise && (
            <Button type="primary" data-testid="pf-sign-open" onClick={() => signing.open(true)}>
              {t('pf.signNew')}
            </Button>
          )}
          {canCheck && (
            <Button data-testid="pf-draw-open" onClick={() => drawing.open(true)}>
              {t('pf.draw')}
            </Button>
          )}
        </Space>
      }
    >
      {enterprise ? (
        <>
        <QueryErrorAlert error={list.error} onRetry={list.reload} />
        <List<Commitment>
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          renderItem={(r) => (
            <List.Item data-testid="pf-commitment-row" data-id={r.id} data-status={r.status}>
              <List.Item.Meta
                title={
                  <>
                    <Tag color={STATUS_COLOR[r.status]}>{t(`pf.commitment.${r.status}` as MessageKey)}</Tag>{' '}
                    {r.material}
                  </>
                }
                description={`${r.item} · ${formatDateTime(r.signedAt)}`}
              />
            </List.Item>
          )}
        />
        </>
      ) : (
        <DetailListTable<Commitment>
          list={list}
          rowData={(r) => ({ testid: 'pf-commitment-row', id: r.id, status: r.status, uscc: r.uscc })}
          detail={(r) => ({ text: r.statement, noteLabel: t('pf.note'), note: r.checkNote })}
          columns={[
            {
              title: t('pf.status'),
              dataIndex: 'status',
              render: (s: Commitment['status']) => (
                <Tag color={STATUS_COLOR[s]}>{t(`pf.commitment.${s}` as MessageKey)}</Tag>
              ),
            },
            {
              title: t('pf.enterpriseUscc'),
              dataIndex: 'enterpriseName',
              render: (n: string, r) => `${n}（${r.uscc}）`,
            },
            { title: t('pf.item'), dataIndex: 'item' },
            { title: t('pf.material'), dataIndex: 'material' },
            { title: t('pf.signerName'), dataIndex: 'signerName' },
            { title: t('pf.signedAt'), dataIndex: 'signedAt', render: formatDateTime },
            {
              title: t('pf.check'),
              key: 'check',
              render: (_: unknown, r) =>
                r.penaltyId ? (
                  <Tag color="red" data-testid="pf-credit-record">
                    {t('pf.creditRecord')}
                  </Tag>
                ) : canCheck && (r.status === 'selected' || r.status === 'signed') ? (
                  <Button size="small" data-testid="pf-check-open" onClick={() => checking.open(r)}>
                    {t('pf.check')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {signing.value && (
        <FormModal<{ enterpriseUscc: string; materialId: string; signerName: string }>
          title={t('pf.signNew')}
          testId="pf-sign-modal"
          fields={['enterpriseUscc', 'materialId', 'signerName']}
          {...signing.props}
          onSubmit={async (v) => {
            await api.post(`${PF}/commitments`, { ...v, signMethod: 'window' });
            return t('pf.commitment.signed');
          }}
        >
          <Field name="enterpriseUscc" label={t('pf.enterpriseUscc')} required>
            <Input maxLength={18} data-testid="pf-sign-uscc" />
          </Field>
          <Field name="materialId" label={t('pf.material')} required>
            <Select data-testid="pf-sign-material" showSearch optionFilterProp="label" options={materials} />
          </Field>
          <Field name="signerName" label={t('pf.signerName')} required>
            <Input data-testid="pf-sign-signer" />
          </Field>
        </FormModal>
      )}
      {drawing.value && (
        <FormModal<{ ratio: number; seed?: number }>
          title={t('pf.draw')}
          testId="pf-draw-modal"
          initialValues={{ ratio: 20 }}
          {...drawing.props}
          onSubmit={async (v) => {
            const r = await api.post<{ population: number; selected: unknown[]; seed: number }>(
              `${PF}/spot-checks`,
              {
                ratio: v.ratio / 100,
                seed: v.seed ?? undefined,
              },
            );
            return t('pf.drawn', { population: r.population, n: r.selected.length, seed: r.seed });
          }}
        >
          <Field name="ratio" label={`${t('pf.ratio')} (%)`} required>
            <InputNumber min={1} max={100} data-testid="pf-draw-ratio" />
          </Field>
          <Form.Item name="seed" label={t('pf.seed')}>
            <InputNumber min={0} max={2147483647} data-testid="pf-draw-seed" style={{ width: 200 }} />
          </Form.Item>
        </FormModal>
      )}
      {checking.value && <CheckModal commitment={checking.value} {...checking.props} />}
    </Card>
  );
}

/** 核查 a commitment: kept, or false (a credit record follows), how it was checked and a note. */
function CheckModal({ commitment, ...props }: ActionModalProps & { commitment: Commitment }) {
  const t = useT();
  return (
    <FormModal<{ outcome: 'kept' | 'false'; method: (typeof METHODS)[number]; note: string }>
      title={`${t('pf.check')} · ${commitment.enterpriseName}`}
      testId="pf-check-modal"
      danger
      initialValues={{ outcome: 'kept', method: 'written' }}
      fields={['outcome', 'method', 'note']}
      {...props}
      onSubmit={async (v) => {
        await api.post(`${PF}/commitments/${commitment.enterpriseId}/${commitment.id}/check`, v);
        return t(`pf.outcome.${v.outcome}`);
      }}
    >
      <p>{commitment.statement}</p>
      <Field name="outcome" label={t('pf.outcome')} required>
        <Select
          data-testid="pf-check-outcome"
          options={(['kept', 'false'] as const).map((o) => ({ value: o, label: t(`pf.outcome.${o}`) }))}
        />
      </Field>
      <Field name="method" label={t('pf.checkMethod')} required>
        <Select
          data-testid="pf-check-method"
          options={METHODS.map((m) => ({ value: m, label: t(`pf.checkMethod.${m}`) }))}
        />
      </Field>
      <Field name="note" label={t('pf.note')} required>
        <Input.TextArea rows={3} data-testid="pf-check-note" />
      </Field>
    </FormModal>
  );
}
