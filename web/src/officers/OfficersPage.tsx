import { Card, Space, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useMe } from '../auth/SessionProvider';
import { useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { isMessageKey, useT } from '../i18n';
import type { ItemList } from '../reference/types';
import { DepartmentSelect } from '../shared/filters';
import { formatDate } from '../shared/format';
import { editColumn } from '../shared/editColumn';
import { ListTable } from '../shared/ListTable';
import { NewButton } from '../shared/NewButton';
import { CertificateStateTag } from './CertificateStateTag';
import { OfficerDrawer } from './OfficerDrawer';
import type { Officer } from './types';
import { useDialog } from '../shared/useDialog';

function useColumns(edit: (o: Officer) => void): TableColumnsType<Officer> {
  const t = useT();
  const me = useMe();
  return useMemo(() => {
    /** The admin keeps every officer, a dept_admin those of its department. */
    const editable = (o: Officer) =>
      me.role === 'admin' || (me.role === 'dept_admin' && me.department?.id === o.department.id);
    return [
      { key: 'name', dataIndex: 'name', title: t('officer.name'), fixed: 'start' },
      { key: 'department', dataIndex: ['department', 'name'], title: t('officer.department') },
      {
        key: 'team',
        dataIndex: ['team', 'name'],
        title: t('officer.team'),
        render: (name?: string) => name ?? t('common.none'),
      },
      { key: 'certificateNo', dataIndex: 'certificateNo', title: t('officer.certificateNo') },
      {
        key: 'fields',
        dataIndex: 'fields',
        title: t('officer.fields'),
        render: (fields: string[] | undefined) => (
          <Space size={[0, 4]} wrap>
            {(fields ?? []).map((f) => {
              const key = `enforcementField.${f}`;
              return <Tag key={f}>{isMessageKey(key) ? t(key) : f}</Tag>;
            })}
          </Space>
        ),
      },
      {
        key: 'validFrom',
        dataIndex: 'validFrom',
        title: t('officer.validFrom'),
        render: (d: string) => formatDate(d),
      },
      {
        key: 'validUntil',
        dataIndex: 'validUntil',
        title: t('officer.validUntil'),
        render: (d: string) => formatDate(d),
        sorter: (a, b) => a.validUntil.localeCompare(b.validUntil),
      },
      {
        key: 'certificateState',
        dataIndex: 'certificateState',
        title: t('officer.certificateState'),
        render: (state: Officer['certificateState']) => <CertificateStateTag state={state} />,
      },
      ...(me.role === 'admin' || me.role === 'dept_admin' ? [editColumn(t, editable, edit, 'officer-edit')] : []),
    ];
  }, [t, me, edit]);
}

/** 执法人员: officers and their enforcement certificates, filtered by department. */
export default function OfficersPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('departmentId') ?? '';
  const officers = useApiQuery<ItemList<Officer>>('/api/officers', { departmentId });
  const editing = useDialog<Officer | 'new'>(officers.reload);
  const columns = useColumns(editing.open);

  const onDepartment = (id?: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id) next.set('departmentId', id);
      else next.delete('departmentId');
      return next;
    });

  return (
    <Card
      title={t('menu.officers')}
      extra={
        <Space wrap>
          <DepartmentSelect
            label={t('officer.department')}
            testId="officer-department"
            value={departmentId}
            onChange={onDepartment}
          />
          {(me.role === 'admin' || me.role === 'dept_admin') && (
            <NewButton onClick={() => editing.open('new')} testId="officer-new" />
          )}
        </Space>
      }
    >
      <ListTable<Officer>
        list={officers}
        columns={columns}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      {editing.value && <OfficerDrawer officer={editing.value === 'new' ? null : editing.value} {...editing.props} />}
    </Card>
  );
}
