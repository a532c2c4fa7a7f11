import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useT, type Translate } from '../i18n';
import { formatDateTime } from '../shared/format';
import { ListTable } from '../shared/ListTable';
import { currentPeriod, type DrawResult, type DrawSummary, type RatioReason, type Team } from './types';

export function reasonText(t: Translate, r: RatioReason): string {
  const vars = Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'code').map(([k, v]) => [k, String(v)]));
  return t(`revisits.reason.${r.code as 'base'}`, vars);
}

/** G2, G5 — the supervisor draws a period (dry run first if wished), sees each team's ratio and why, and the loads. */
export function DrawTab({ teams, onDrawn }: { teams: Team[]; onDrawn: () => void }) {
  const t = useT();
  const draws = useApiQuery<{ items: DrawSummary[] }>('/api/revisits/draws');
  const [period, setPeriod] = useState(currentPeriod());
  const [ratio, setRatio] = useState<number | null>(null);
  const [seed, setSeed] = useState('');
  const [result, setResult] = useState<DrawResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const teamName = (id: string) => {
    const x = teams.find((y) => y.id === id);
    return x ? `${x.department} ${x.name}` : id;
  };
  const run = async (dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<DrawResult>('/api/revisits/draws', { period, ratio: ratio ?? undefined, seed: seed.trim() || undefined, dryRun });
      setResult(r);
      setSeed(r.seed);
      if (!dryRun) {
        draws.reload();
        onDrawn();
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <Card title={t('revisits.tab.draw')}>
          <Form layout="vertical">
            <Form.Item label={t('revisits.period')}>
              <Input value={period} onChange={(e) => setPeriod(e.target.value)} data-testid="draw-period" />
            </Form.Item>
            <Form.Item label={t('revisits.ratio')}>
              <InputNumber min={0.01} max={1} step={0.05} value={ratio} onChange={setRatio} placeholder="0.2" style={{ width: '100%' }} data-testid="draw-ratio" />
            </Form.Item>
            <Form.Item label={t('revisits.seed')} extra={t('revisits.seed.hint')}>
              <Input value={seed} onChange={(e) => setSeed(e.target.value)} data-testid="draw-seed" />
            </Form.Item>
            <Space>
              <Button onClick={() => run(true)} loading={busy} data-testid="draw-preview">
                {t('revisits.preview')}
              </Button>
              <Button type="primary" onClick={() => run(false)} loading={busy} data-testid="draw-submit">
                {t('revisits.draw')}
              </Button>
            </Space>
          </Form>
          {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} />}
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        {result && (
          <Card
            style={{ marginBottom: 16 }}
            title={t('revisits.drawn', { n: result.assignments.length, teams: Object.values(result.loads).filter((n) => n > 0).length })}
            data-testid="draw-result"
            data-drawn={result.assignments.length}
          >
            <Typography.Paragraph copyable={{ text: result.seed }}>
              {t('revisits.seed')}：{result.seed}
            </Typography.Paragraph>
            <Table
              size="small"
              rowKey="teamId"
              pagination={false}
              scroll={{ x: true }}
              dataSource={result.ratios.map((r) => ({ ...r, ...result.perTeam.find((p) => p.teamId === r.teamId), load: result.loads[r.teamId] ?? 0 }))}
              columns={[
                { key: 'team', title: t('revisits.workTeam'), render: (_, r) => teamName(r.teamId) },
                { key: 'population', title: t('revisits.population'), dataIndex: 'population' },
                { key: 'ratio', title: t('revisits.teamRatio'), dataIndex: 'ratio' },
                { key: 'drawn', title: t('revisits.drawnCount'), dataIndex: 'drawn' },
                { key: 'load', title: t('revisits.assignedTeam'), dataIndex: 'load' },
                { key: 'reasons', title: t('revisits.reasons'), render: (_, r) => r.reasons.map((x) => reasonText(t, x)).join('；') },
              ]}
            />
          </Card>
        )}
        <Card title={t('revisits.draws')}>
          <ListTable<DrawSummary>
            list={draws}
            size="small"
            data-testid="revisit-draw-list"
            pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
            columns={[
              { key: 'createdAt', title: t('field.createdAt'), render: (_, d) => formatDateTime(d.createdAt) },
              { key: 'period', title: t('revisits.period'), dataIndex: 'period' },
              { key: 'seed', title: t('revisits.seed'), dataIndex: 'seed' },
              { key: 'population', title: t('revisits.population'), dataIndex: 'population' },
              { key: 'drawn', title: t('revisits.drawnCount'), dataIndex: 'drawn' },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
