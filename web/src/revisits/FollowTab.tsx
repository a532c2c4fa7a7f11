import { App, Button, Drawer, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { ApiQuery } from '../api/useApiQuery';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { RevisitTable } from './RevisitTable';
import type { RevisitDetail, RevisitRow, Team } from './types';

/** The supervisor follows the revisits: reassigns pending ones (never to the team revisited), follows problems up. */
export function FollowTab({ list, teams }: { list: ApiQuery<{ items: RevisitRow[] }>; teams: Team[] }) {
  const t = useT();
  const { message } = App.useApp();
  const [reassign, setReassign] = useState<RevisitRow | null>(null);
  const [team, setTeam] = useState<string | null>(null);
  const [view, setView] = useState<string | null>(null);
  const save = async () => {
    if (!reassign || !team) return;
    try {
      await api.post(`/api/revisits/${reassign.id}/assign`, { teamId: team });
      setReassign(null);
      list.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <>
      <RevisitTable
        list={list}
        actions={(r) => (
          <Space>
            {r.status === 'pending' && (
              <Button size="small" onClick={() => (setReassign(r), setTeam(null))} data-testid="revisit-reassign">
                {t('revisits.reassign')}
              </Button>
            )}
            {r.status === 'done' && (
              <Button size="small" onClick={() => setView(r.id)} data-testid="revisit-view">
                {t('revisits.view')}
              </Button>
            )}
          </Space>
        )}
      />
      <Modal open={reassign !== null} title={t('revisits.reassign.title')} onOk={save} onCancel={() => setReassign(null)} okButtonProps={{ disabled: !team }} destroyOnHidden>
        <Select
          style={{ width: '100%' }}
          value={team}
          onChange={setTeam}
          data-testid="reassign-team"
          options={teams.filter((x) => x.id !== reassign?.workTeamId && x.id !== reassign?.assignedTeamId).map((x) => ({ value: x.id, label: `${x.department} ${x.name}` }))}
        />
      </Modal>
      <Drawer open={view !== null} width={640} onClose={() => setView(null)} destroyOnHidden title={t('revisits.problems')}>
        {view && <Problems id={view} onChanged={list.reload} />}
      </Drawer>
    </>
  );
}

function Problems({ id, onChanged }: { id: string; onChanged: () => void }) {
  const t = useT();
  const q = useApiQuery<RevisitDetail>(`/api/revisits/${id}`);
  const [notes, setNotes] = useState<Record<number, string>>({});
  if (!q.data) return null;
  const follow = async (i: number) => {
    await api.post(`/api/revisits/${id}/problems/${i + 1}/follow-up`, { note: notes[i] });
    q.reload();
    onChanged();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {q.data.comment && <div>{q.data.comment}</div>}
      {q.data.problems.map((p, i) => (
        <div key={i} data-testid="revisit-problem">
          <div>
            {i + 1}. {p.text}
          </div>
          {p.followUp ? (
            <div style={{ color: '#389e0d' }}>
              ✓ {p.followUp.note}（{p.followUp.by}）
            </div>
          ) : (
            <Space.Compact style={{ width: '100%' }}>
              <Input placeholder={t('revisits.followUp.note')} value={notes[i] ?? ''} onChange={(e) => setNotes({ ...notes, [i]: e.target.value })} />
              <Button disabled={!notes[i]?.trim()} onClick={() => follow(i)}>
                {t('revisits.followUp')}
              </Button>
            </Space.Compact>
          )}
        </div>
      ))}
    </Space>
  );
}
