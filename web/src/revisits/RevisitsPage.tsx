import { Input, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { DrawTab } from './DrawTab';
import { FiguresTab } from './FiguresTab';
import { FollowTab } from './FollowTab';
import { WatchTab } from './WatchTab';
import { currentPeriod, type RevisitRow, type Team } from './types';

/** Part G for the supervisor: draw and assign, follow, the risk watch list, the figures. */
export default function RevisitsPage() {
  const t = useT();
  const [period, setPeriod] = useState(currentPeriod());
  const teams = useApiQuery<{ items: Team[] }>('/api/revisits/teams');
  const list = useApiQuery<{ items: RevisitRow[] }>('/api/revisits', { period });
  const valid = /^20\d{2}H[12]$/.test(period);
  return (
    <Tabs
      destroyOnHidden
      tabBarExtraContent={
        <Space>
          {t('revisits.period')}
          <Input style={{ width: 100 }} value={period} onChange={(e) => setPeriod(e.target.value.trim())} data-testid="revisits-period" />
        </Space>
      }
      items={[
        { key: 'draw', label: t('revisits.tab.draw'), children: <DrawTab teams={teams.data?.items ?? []} onDrawn={list.reload} /> },
        { key: 'follow', label: t('revisits.tab.follow'), children: <FollowTab list={list} teams={teams.data?.items ?? []} /> },
        { key: 'watch', label: t('revisits.tab.watch'), children: valid ? <WatchTab period={period} /> : null },
        { key: 'figures', label: t('revisits.tab.figures'), children: valid ? <FiguresTab period={period} /> : null },
      ]}
    />
  );
}
