import { Card, Col, Row, Table, Tag } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useT, type MessageKey } from '../i18n';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { formatDateTime } from '../shared/format';
import { PF, type ProofKind, type Verification, type VerifyAnswer } from './api';
import { VerifyForm } from './VerifyForm';
import { VerificationResult } from './VerificationResult';
import { AssistModal } from './AssistModal';
import { ResultTag, methodLabel } from './tags';

/** 核验工作台 (F3): the window verifies proofs with consent, or asks the holding department; its recent verifications. */
export default function ProofDeskPage() {
  const t = useT();
  const kinds = useApiQuery<{ items: ProofKind[] }>(`${PF}/proof-kinds`);
  const recent = useApiQuery<{ items: Verification[] }>(`${PF}/verifications`, { limit: 50 });
  const [answer, setAnswer] = useState<VerifyAnswer | null>(null);
  const [assist, setAssist] = useState<{ kind: ProofKind; idNumber: string } | null>(null);
  return (
    <>
      <QueryErrorAlert error={kinds.error ?? recent.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <VerifyForm
            kinds={kinds.data?.items ?? []}
            onVerified={(a) => {
              setAnswer(a);
              recent.reload();
            }}
            onAssist={(idNumber, kind) => setAssist({ idNumber, kind })}
          />
        </Col>
        <Col xs={24} lg={12}>
          {answer && <VerificationResult answer={answer} />}
        </Col>
      </Row>
      <Card title={t('pf.recent')} style={{ marginTop: 16 }}>
        <Table<Verification>
          rowKey="id"
          size="small"
          loading={recent.loading}
          dataSource={recent.data?.items ?? []}
          scroll={{ x: 900 }}
          onRow={(r) =>
            ({ 'data-testid': 'pf-verification-row', 'data-id': r.id }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { title: t('pf.checkedAt'), dataIndex: 'checkedAt', render: formatDateTime, width: 160 },
            { title: t('pf.applicant'), dataIndex: 'applicant', width: 190 },
            { title: t('pf.proofKind'), dataIndex: 'proofName' },
            { title: t('pf.channel'), dataIndex: 'channel', render: (c: string) => methodLabel(t, c) },
            {
              title: t('pf.source'),
              dataIndex: 'source',
              render: (s: string, r) => (
                <>
                  {s}{' '}
                  {r.region === 'other-city' && (
                    <Tag color="purple">{t(`pf.region.${r.region}` as MessageKey)}</Tag>
                  )}
                </>
              ),
            },
            {
              title: t('pf.result'),
              dataIndex: 'result',
              render: (_: unknown, r) => <ResultTag result={r.result} />,
            },
            { title: t('pf.officer'), dataIndex: 'officer' },
          ]}
        />
      </Card>
      {assist && (
        <AssistModal
          kind={assist.kind}
          idNumber={assist.idNumber}
          onClose={() => setAssist(null)}
          onDone={() => setAssist(null)}
        />
      )}
    </>
  );
}
