import { Card, Form, Input, Select, Space, Tag, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import type { Body, Item } from '../api/typed';
import { useApiQuery } from '../api/useApiQuery';
import { ROLES, type Role } from '../auth/types';
import { useT } from '../i18n';
import { useDepartmentOptions } from '../reference/hooks';
import { Field } from '../shared/Field';
import { ConfirmButton } from '../shared/ConfirmButton';
import { DrawerForm } from '../shared/DrawerForm';
import type { ActionModalProps } from '../shared/FormModal';
import { EnumSelect } from '../shared/filters';
import { ListTable } from '../shared/ListTable';
import { NewButton } from '../shared/NewButton';
import { useDialog } from '../shared/useDialog';

type User = Item<'listUsers'>;
type NewUser = Body<'createUser'>;
const USERS_PATH = '/api/admin/users';
/** Roles bound to a department. */
const DEPARTMENT_ROLES: readonly Role[] = ['officer', 'dept_admin', 'credit_officer', 'service_officer', 'expert'];

function NewUserDrawer({ onClose, onDone }: ActionModalProps) {
  const t = useT();
  const departments = useDepartmentOptions();
  return (
    <DrawerForm<NewUser>
      title={t('user.new')}
      testId="user-form"
      fields={['username', 'displayName', 'role', 'password', 'departmentId', 'enterpriseId']}
      onClose={onClose}
      onSubmit={async (values) => {
        await api.post(USERS_PATH, values);
        return t('user.created', { name: values.displayName });
      }}
      onDone={onDone}
    >
      <Form.Item name="username" label={t('user.username')} rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{3,32}$/ }]}>
        <Input autoComplete="off" data-testid="user-form-username" />
      </Form.Item>
      <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true, max: 100 }]}>
        <Input data-testid="user-form-name" />
      </Form.Item>
      <Field name="role" label={t('user.role')} required>
        <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} data-testid="user-form-role" />
      </Field>
      <Form.Item noStyle dependencies={['role']}>
        {({ getFieldValue }) => {
          const role = getFieldValue('role') as Role | undefined;
          if (role && DEPARTMENT_ROLES.includes(role))
            return (
              <Field name="departmentId" label={t('user.department')} required>
                <Select showSearch={{ optionFilterProp: 'label' }} options={departments.options} loading={departments.loading} data-testid="user-form-department" />
              </Field>
            );
          if (role === 'enterprise')
            return (
              <Field name="enterpriseId" label={t('user.enterpriseId')} required>
                <Input data-testid="user-form-enterprise" />
              </Field>
            );
          return null;
        }}
      </Form.Item>
      <Form.Item name="password" label={t('user.password')} extra={t('user.passwordHint')} rules={[{ required: true, min: 8 }]}>
        <Input.Password autoComplete="new-password" data-testid="user-form-password" />
      </Form.Item>
    </DrawerForm>
  );
}

/** 用户与角色: accounts with their role and department — filter, create, disable and enable. */
export default function UsersPage() {
  const t = useT();
  const users = useApiQuery<{ items: User[] }>(USERS_PATH);
  const departments = useDepartmentOptions();
  const [role, setRole] = useState<Role | undefined>();
  const [search, setSearch] = useState('');
  const { reload } = users;
  const creating = useDialog(reload);
  const departmentName = useMemo(() => new Map(departments.options.map((o) => [o.value, o.label])), [departments.options]);
  const filtered = useMemo(() => {
    const q = search.trim().toLowerCase();
    const items = (users.data?.items ?? []).filter(
      (u) => (!role || u.role === role) && (!q || u.username.toLowerCase().includes(q) || u.displayName.toLowerCase().includes(q)),
    );
    return { ...users, data: users.data && { items } };
  }, [users, role, search]);
  const columns = useMemo<TableColumnsType<User>>(
    () => [
      { key: 'username', dataIndex: 'username', title: t('user.username'), render: (u: string) => <Typography.Text code>{u}</Typography.Text> },
      { key: 'displayName', dataIndex: 'displayName', title: t('user.displayName') },
      { key: 'role', dataIndex: 'role', title: t('user.role'), render: (r: Role) => <Tag>{t(`role.${r}`)}</Tag> },
      {
        key: 'department',
        dataIndex: 'departmentId',
        title: t('user.department'),
        render: (id: string | null) => (id ? (departmentName.get(id) ?? t('common.none')) : t('common.none')),
      },
      {
        key: 'status',
        dataIndex: 'status',
        title: t('user.status'),
        render: (s: User['status']) => <Tag color={s === 'active' ? 'green' : 'red'}>{t(`user.status.${s}`)}</Tag>,
      },
      {
        key: 'actions',
        title: t('common.actions'),
        render: (_, u) => {
          const disable = u.status === 'active';
          return (
            <ConfirmButton
              type="link"
              size="small"
              danger={disable}
              confirm={disable ? t('user.disableConfirm', { name: u.displayName }) : t('user.enable')}
              okTestId="user-status-ok"
              data-testid={disable ? 'user-disable' : 'user-enable'}
              action={async () => {
                await api.post(`${USERS_PATH}/${encodeURIComponent(u.id)}/status`, { status: disable ? 'disabled' : 'active' });
                reload();
                return t(disable ? 'user.disabled' : 'user.enabled', { name: u.displayName });
              }}
            >
              {t(disable ? 'user.disable' : 'user.enable')}
            </ConfirmButton>
          );
        },
      },
    ],
    [t, reload, departmentName],
  );
  return (
    <Card
      title={t('menu.users')}
      extra={
        <Space wrap>
          <EnumSelect<Role> values={ROLES} label={(r) => t(`role.${r}`)} value={role} onChange={setRole} placeholder={t('user.roleFilter')} testId="user-role-filter" />
          <Input.Search allowClear placeholder={t('user.searchPlaceholder')} onSearch={setSearch} style={{ width: 200 }} data-testid="user-search" />
          <NewButton onClick={() => creating.open(true)} testId="user-new">
            {t('user.new')}
          </NewButton>
        </Space>
      }
    >
      <ListTable<User> list={filtered} columns={columns} data-testid="users" pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }} />
      {creating.value && <NewUserDrawer {...creating.props} />}
    </Card>
  );
}
