import { Button, Card, Drawer } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { RevisitForm } from './RevisitForm';
import { RevisitTable } from './RevisitTable';
import type { RevisitRow } from './types';

/** The revisiting staff's work list: revisits assigned to their team (never their own team's work). */
export default function WorkListPage() {
  const t = useT();
  const list = useApiQuery<{ items: RevisitRow[] }>('/api/revisits');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card title={t('menu.revisitWork')}>
      <RevisitTable
        list={list}
        actions={(r) => (
          <Button size="small" type={r.status === 'pending' ? 'primary' : 'default'} onClick={() => setOpen(r.id)} data-testid="revisit-open">
            {r.status === 'pending' ? t('revisits.open') : t('revisits.view')}
          </Button>
        )}
      />
      <Drawer open={open !== null} width={720} onClose={() => setOpen(null)} title={t('revisits.open')} destroyOnHidden>
        {open && <RevisitForm id={open} onDone={() => list.reload()} />}
      </Drawer>
    </Card>
  );
}
