import { Card, Col, Row, Statistic } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { KpiCards } from '../figures/KpiCards';
import { useT } from '../i18n';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { FIGURES_PATH } from './api';
import { checkupKpis } from './kpis';
import { AGES, CHECKUP_STATUSES, type CheckupFigures } from './types';

/** E5 figures, live from the data: firms served, problems found, fixed on the spot, closed, open by age. */
export default function CheckupFiguresPage() {
  const t = useT();
  const q = useApiQuery<CheckupFigures>(FIGURES_PATH);
  const f = q.data;
  return (
    <>
      <QueryErrorAlert error={q.error} onRetry={q.reload} />
      {f && (
        <>
          <KpiCards kpis={checkupKpis(f, t)} />
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Card title={t('checkups.figures.openByAge')} size="small">
                <Row gutter={8}>
                  {AGES.map((a) => (
                    <Col span={6} key={a} data-testid={`figure-age-${a}`} data-value={f.openByAge[a]}>
                      <Statistic title={t(`checkups.age.${a}`)} value={f.openByAge[a]} />
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title={t('checkups.figures.byStatus')} size="small">
                <Row gutter={8}>
                  {CHECKUP_STATUSES.map((s) => (
                    <Col flex="1" key={s}>
                      <Statistic title={t(`checkups.status.${s}`)} value={f.invitationsByStatus[s]} />
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
