import { Button, Card, Form, Input, InputNumber, List, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT, type MessageKey } from '../i18n';
import { FormModal } from '../shared/FormModal';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { formatDateTime } from '../shared/format';
import { PF, type CatalogItem, type Commitment } from './api';

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
  const [signing, setSigning] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [checking, setChecking] = useState<Commitment | null>(null);
  const done = (close: () => void) => () => {
    close();
    list.reload();
  };
  return (
    <Card
      title={t('menu.proofCommitments')}
      extra={
        <Space>
          {canSign && !enterprise && (
            <Button type="primary" data-testid="pf-sign-open" onClick={() => setSigning(true)}>
              {t('pf.signNew')}
            </Button>
          )}
          {canCheck && (
            <Button data-testid="pf-draw-open" onClick={() => setDrawing(true)}>
              {t('pf.draw')}
            </Button>
          )}
        </Space>
      }
    >
      <QueryErrorAlert error={list.error} />
      {enterprise ? (
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
      ) : (
        <Table<Commitment>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1000 }}
          onRow={(r) =>
            ({
              'data-testid': 'pf-commitment-row',
              'data-id': r.id,
              'data-status': r.status,
              'data-uscc': r.uscc,
            }) as React.HTMLAttributes<HTMLElement>
          }
          expandable={{
            expandedRowRender: (r) => (
              <div>
                {r.statement}
                {r.checkNote && <p>{`${t('pf.note')}：${r.checkNote}`}</p>}
              </div>
            ),
          }}
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
                  <Button size="small" data-testid="pf-check-open" onClick={() => setChecking(r)}>
                    {t('pf.check')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {signing && (
        <FormModal<{ enterpriseUscc: string; materialId: string; signerName: string }>
          title={t('pf.signNew')}
          testId="pf-sign-modal"
          fields={['enterpriseUscc', 'materialId', 'signerName']}
          onClose={() => setSigning(false)}
          onDone={done(() => setSigning(false))}
          onSubmit={async (v) => {
            await api.post(`${PF}/commitments`, { ...v, signMethod: 'window' });
            return t('pf.commitment.signed');
          }}
        >
          <Form.Item name="enterpriseUscc" label={t('pf.enterpriseUscc')} rules={[{ required: true }]}>
            <Input maxLength={18} data-testid="pf-sign-uscc" />
          </Form.Item>
          <Form.Item name="materialId" label={t('pf.material')} rules={[{ required: true }]}>
            <Select data-testid="pf-sign-material" showSearch optionFilterProp="label" options={materials} />
          </Form.Item>
          <Form.Item name="signerName" label={t('pf.signerName')} rules={[{ required: true }]}>
            <Input data-testid="pf-sign-signer" />
          </Form.Item>
        </FormModal>
      )}
      {drawing && (
        <FormModal<{ ratio: number; seed?: number }>
          title={t('pf.draw')}
          testId="pf-draw-modal"
          initialValues={{ ratio: 20 }}
          onClose={() => setDrawing(false)}
          onDone={done(() => setDrawing(false))}
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
          <Form.Item name="ratio" label={`${t('pf.ratio')} (%)`} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} data-testid="pf-draw-ratio" />
          </Form.Item>
          <Form.Item name="seed" label={t('pf.seed')}>
            <InputNumber min={0} max={2147483647} data-testid="pf-draw-seed" style={{ width: 200 }} />
          </Form.Item>
        </FormModal>
      )}
      {checking && (
        <FormModal<{ outcome: 'kept' | 'false'; method: (typeof METHODS)[number]; note: string }>
          title={`${t('pf.check')} · ${checking.enterpriseName}`}
          testId="pf-check-modal"
          danger
          initialValues={{ outcome: 'kept', method: 'written' }}
          fields={['outcome', 'method', 'note']}
          onClose={() => setChecking(null)}
          onDone={done(() => setChecking(null))}
          onSubmit={async (v) => {
            await api.post(`${PF}/commitments/${checking.enterpriseId}/${checking.id}/check`, v);
            return t(`pf.outcome.${v.outcome}`);
          }}
        >
          <p>{checking.statement}</p>
          <Form.Item name="outcome" label={t('pf.outcome')} rules={[{ required: true }]}>
            <Select
              data-testid="pf-check-outcome"
              options={(['kept', 'false'] as const).map((o) => ({ value: o, label: t(`pf.outcome.${o}`) }))}
            />
          </Form.Item>
          <Form.Item name="method" label={t('pf.checkMethod')} rules={[{ required: true }]}>
            <Select
              data-testid="pf-check-method"
              options={METHODS.map((m) => ({ value: m, label: t(`pf.checkMethod.${m}`) }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('pf.note')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} data-testid="pf-check-note" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
