import { Card, Table, Tabs, Tag } from 'antd';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT, type MessageKey } from '../i18n';
import { DownloadButton } from '../shared/DownloadButton';
import { ListTable } from '../shared/ListTable';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { SpreadsheetImport } from '../shared/SpreadsheetImport';
import type { ImportOutcome } from '../shared/ImportResultModal';
import { KpiCards } from '../figures/KpiCards';
import { ChartGrid } from '../figures/ChartCard';
import {
  PF,
  percent,
  type CatalogItem,
  type FigureDetails,
  type Figures,
  type RegisteredInterface,
} from './api';
import { RuleTag } from './tags';
import { byDepartmentOption, trendOption } from './charts';

const HEALTH_COLOR = { healthy: 'green', slow: 'orange', failing: 'red', unknown: 'default' } as const;

function FiguresTab() {
  const t = useT();
  const figures = useApiQuery<Figures>(`${PF}/figures`);
  const detail = useApiQuery<FigureDetails>(`${PF}/figures/detail`);
  const f = figures.data;
  const d = detail.data;
  return (
    <>
      <QueryErrorAlert error={figures.error ?? detail.error} />
      {f && d && (
        <>
          <KpiCards
            kpis={[
              { key: 'pf-materials', title: t('pf.materials'), value: f.materials },
              { key: 'pf-exempt', title: t('pf.exempt'), value: f.exempt },
              {
                key: 'pf-rate',
                title: t('pf.exemptionRate'),
                value: percent(f.exemptionRate),
                detail: `${f.exempt}/${f.materials}`,
              },
              {
                key: 'pf-verifications',
                title: t('pf.verifications'),
                value: d.verifications.total,
                note: `${t('pf.crossRegion')} ${d.verifications.crossRegion}`,
              },
              {
                key: 'pf-assists',
                title: t('pf.assistsOnTime'),
                value: percent(d.assists.onTimeRate),
                detail: `${d.assists.onTime}/${d.assists.answered}`,
              },
              {
                key: 'pf-commitments',
                title: t('pf.commitmentsChecked'),
                value: d.commitments.checked,
                note: `${t('pf.commitmentsFalse')} ${d.commitments.false}`,
              },
            ]}
          />
          <ChartGrid
            testId="pf-charts"
            charts={[
              { title: t('pf.trend'), option: trendOption(d, t), testId: 'pf-chart-trend' },
              {
                title: t('pf.byDepartment'),
                option: byDepartmentOption(d, t),
                testId: 'pf-chart-departments',
              },
            ]}
          />
          <Card size="small" title={t('pf.byRule')} style={{ marginTop: 16 }}>
            {d.byRule.map((r) => (
              <span
                key={r.rule}
                style={{ marginRight: 16 }}
                data-testid={`pf-rule-${r.rule}`}
                data-value={r.count}
              >
                <RuleTag rule={r.rule} /> {r.count}
              </span>
            ))}
            {d.verifications.byChannel.map((c) => (
              <Tag key={c.channel}>{`${t(`pf.method.${c.channel}` as MessageKey)} ${c.count}`}</Tag>
            ))}
          </Card>
        </>
      )}
    </>
  );
}

function ItemsTab() {
  const t = useT();
  const me = useMe();
  const catalog = useApiQuery<{ items: CatalogItem[] }>(`${PF}/catalog`);
  const canImport = me?.role === 'admin' || me?.role === 'dept_admin' || me?.role === 'service_officer';
  return (
    <Card
      size="small"
      extra={
        <>
          {canImport && (
            <SpreadsheetImport
              label={t('pf.import')}
              buttonTestId="pf-import"
              send={(file) => api.upload<ImportOutcome>(`${PF}/catalog/import`, file)}
              onImported={catalog.reload}
            />
          )}{' '}
          <DownloadButton
            fetch={() => api.download(`${PF}/catalog/export`)}
            fileName="证明材料清单.xlsx"
            data-testid="pf-export"
          >
            {t('pf.export')}
          </DownloadButton>
        </>
      }
    >
      <ListTable<CatalogItem>
        list={catalog}
        size="small"
        scroll={{ x: 800 }}
        expandable={{
          expandedRowRender: (i) => (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={i.materials}
              columns={[
                { title: t('pf.material'), dataIndex: 'name' },
                {
                  title: t('pf.rule'),
                  dataIndex: 'rule',
                  render: (_: unknown, m) => <RuleTag rule={m.rule} />,
                },
                { title: t('pf.basis'), dataIndex: 'basis' },
                {
                  title: t('pf.commitmentAllowed'),
                  dataIndex: 'commitmentAllowed',
                  render: (b: boolean) => (b ? '✓' : ''),
                },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('pf.item'), dataIndex: 'name', render: (n: string, i) => `${n}（${i.code}）` },
          { title: t('pf.department'), dataIndex: 'department' },
          { title: t('pf.materials'), key: 'm', render: (_: unknown, i) => i.counts.materials },
          { title: t('pf.exempt'), key: 'e', render: (_: unknown, i) => i.counts.exempt },
          {
            title: t('pf.exemptionRate'),
            key: 'r',
            render: (_: unknown, i) => percent(i.counts.exemptionRate),
          },
        ]}
      />
    </Card>
  );
}

function InterfacesTab() {
  const t = useT();
  const reg = useApiQuery<{ items: RegisteredInterface[] }>(`${PF}/interfaces`);
  return (
    <Card size="small">
      <ListTable<RegisteredInterface>
        list={reg}
        size="small"
        scroll={{ x: 1100 }}
        rowData={(r) => ({ testid: 'pf-interface-row', code: r.code, health: r.health.status })}
        columns={[
          { title: t('pf.interface'), dataIndex: 'name', render: (n: string, r) => `${n}（${r.code}）` },
          {
            title: '',
            dataIndex: 'kind',
            render: (k: string, r) =>
              `${t(`pf.kind.${k}` as MessageKey)} · ${t(`pf.region.${r.region}` as MessageKey)}`,
          },
          { title: t('pf.owner'), dataIndex: 'ownerName' },
          { title: t('pf.dataKinds'), dataIndex: 'dataKinds', render: (d: string[]) => d.join('、') },
          { title: t('pf.endpoint'), dataIndex: 'endpoint' },
          { title: t('pf.agreedMs'), dataIndex: 'agreedResponseMs', render: (ms: number) => `${ms} ms` },
          {
            title: t('pf.health'),
            key: 'health',
            render: (_: unknown, r) => (
              <span
                title={t('pf.healthNote', {
                  days: r.health.windowDays,
                  calls: r.health.calls,
                  ok: r.health.ok,
                  p95: r.health.p95Ms ?? '—',
                })}
              >
                <Tag color={HEALTH_COLOR[r.health.status]}>
                  {t(`pf.health.${r.health.status}` as MessageKey)}
                </Tag>
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** 免证明清单 (F1, F2): the exemption figures, the catalog with Excel import/export, the register of interfaces. */
export default function ProofCatalogPage() {
  const t = useT();
  return (
    <Card title={t('menu.proofCatalog')}>
      <Tabs
        items={[
          { key: 'figures', label: t('pf.figuresTab'), children: <FiguresTab /> },
          { key: 'items', label: t('pf.itemsTab'), children: <ItemsTab /> },
          { key: 'interfaces', label: t('pf.interfacesTab'), children: <InterfacesTab /> },
        ]}
      />
    </Card>
  );
}
