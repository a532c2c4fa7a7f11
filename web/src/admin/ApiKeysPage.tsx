import { Alert, Card, Checkbox, Form, Input, Modal, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import type { Answer } from '../api/typed';
import { useApiQuery } from '../api/useApiQuery';
import { useT, type MessageKey } from '../i18n';
import { ConfirmButton } from '../shared/ConfirmButton';
import { DrawerForm } from '../shared/DrawerForm';
import { formatDateTime } from '../shared/format';
import { ListTable } from '../shared/ListTable';
import { NewButton } from '../shared/NewButton';
import { API_KEYS_PATH, API_SCOPES, type ApiKey, type ApiScope } from './api-keys';

type Created = Answer<'createApiKey', 201>;
const scopeKey = (s: string) => `apiKey.scope.${s}` as MessageKey;

/** The key, shown this once: the platform keeps only its digest. */
function SecretModal({ created, onClose }: { created: Created; onClose: () => void }) {
  const t = useT();
  return (
    <Modal open title={t('apiKey.secretTitle')} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} okText={t('common.close')} okButtonProps={{ ...{ 'data-testid': 'api-key-secret-close' } }}>
      <Alert type="warning" showIcon title={t('apiKey.secretHint')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph strong>{created.name}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: created.key, tooltips: [undefined, t('apiKey.copied')] }} code data-testid="api-key-secret">
        {created.key}
      </Typography.Paragraph>
      <Space size={[0, 4]} wrap>
        {created.scopes.map((s) => (
          <Tag key={s}>{s}</Tag>
        ))}
      </Space>
    </Modal>
  );
}

/** API 密钥: integrated systems' keys with their scopes — create (the secret shown once), list, revoke. */
export default function ApiKeysPage() {
  const t = useT();
  const keys = useApiQuery<{ items: ApiKey[] }>(API_KEYS_PATH);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const { reload } = keys;
  const columns = useMemo<TableColumnsType<ApiKey>>(
    () => [
      { key: 'name', dataIndex: 'name', title: t('apiKey.name') },
      { key: 'prefix', dataIndex: 'keyPrefix', title: t('apiKey.prefix'), render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
      {
        key: 'scopes',
        dataIndex: 'scopes',
        title: t('apiKey.scopes'),
        render: (scopes: string[]) => (
          <Space size={[0, 4]} wrap>
            {scopes.map((s) => (
              <Tag key={s} title={t(scopeKey(s))}>
                {s}
              </Tag>
            ))}
          </Space>
        ),
      },
      {
        key: 'status',
        dataIndex: 'status',
        title: t('apiKey.status'),
        render: (s: ApiKey['status']) => <Tag color={s === 'active' ? 'green' : 'default'}>{t(`apiKey.status.${s}`)}</Tag>,
      },
      { key: 'createdAt', dataIndex: 'createdAt', title: t('apiKey.createdAt'), render: (d: string) => formatDateTime(d) },
      {
        key: 'actions',
        title: t('common.actions'),
        render: (_, k) =>
          k.status === 'active' ? (
            <ConfirmButton
              type="link"
              danger
              size="small"
              confirm={t('apiKey.revokeConfirm', { name: k.name })}
              testId="api-key-revoke"
              action={async () => {
                await api.post(`${API_KEYS_PATH}/${encodeURIComponent(k.id)}/revoke`);
                reload();
                return t('apiKey.revoked', { name: k.name });
              }}
            >
              {t('apiKey.revoke')}
            </ConfirmButton>
          ) : null,
      },
    ],
    [t, reload],
  );
  return (
    <Card
      title={t('menu.apiKeys')}
      extra={
        <NewButton onClick={() => setCreating(true)} testId="api-key-new">
          {t('apiKey.new')}
        </NewButton>
      }
    >
      <ListTable<ApiKey> list={keys} columns={columns} data-testid="api-keys" pagination={{ defaultPageSize: 20, showTotal: (total) => t('common.total', { total }) }} />
      {creating && (
        <DrawerForm<{ name: string; scopes: ApiScope[] }>
          title={t('apiKey.new')}
          testId="api-key-form"
          fields={['name', 'scopes']}
          initialValues={{ scopes: [] }}
          onClose={() => setCreating(false)}
          onSubmit={async (values) => {
            setCreated(await api.post<Created>(API_KEYS_PATH, values));
          }}
          onDone={() => {
            setCreating(false);
            reload();
          }}
        >
          <Form.Item name="name" label={t('apiKey.name')} rules={[{ required: true, min: 2, max: 100 }]}>
            <Input data-testid="api-key-form-name" />
          </Form.Item>
          <Form.Item name="scopes" label={t('apiKey.scopes')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="api-key-form-scopes">
              {API_SCOPES.map((s) => (
                <Checkbox key={s} value={s} data-testid={`api-key-scope-${s}`}>
                  <Typography.Text code>{s}</Typography.Text> {t(scopeKey(s))}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        </DrawerForm>
      )}
      {created && <SecretModal created={created} onClose={() => setCreated(null)} />}
    </Card>
  );
}
