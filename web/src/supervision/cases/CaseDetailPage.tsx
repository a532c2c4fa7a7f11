import { Button, Card, Descriptions, Flex, Space, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { useMe } from '../../auth/SessionProvider';
import { useT, type Translate } from '../../i18n';
import { FullPageSpin } from '../../shared/FullPageSpin';
import { formatDateTime } from '../../shared/format';
import { ErrorResult } from '../../shared/StatusResults';
import { casePath } from '../api';
import { SignalTable } from '../inbox/SignalTable';
import { InspectionLink } from '../InspectionLink';
import { CaseStatusTag, EnterpriseLinkText } from '../tags';
import type { CaseDetail } from '../types';
import { AnswerModal } from './AnswerModal';
import { CaseTimeline } from './CaseTimeline';
import { canAnswer, canReview } from './permissions';
import { ReviewModal, type Review } from './ReviewModal';

function facts(c: CaseDetail, t: Translate): DescriptionsProps['items'] {
  const none = t('common.none');
  return [
    { key: 'department', label: t('case.department'), children: c.department.name ?? none },
    {
      key: 'enterprise',
      label: t('enterprise.name'),
      children: <EnterpriseLinkText enterprise={c.enterprise} />,
    },
    { key: 'source', label: t('case.source'), children: t(`case.source.${c.source}`) },
    {
      key: 'inspection',
      label: t('supervision.inspection'),
      children: <InspectionLink id={c.inspectionId} />,
    },
    { key: 'openedAt', label: t('case.openedAt'), children: formatDateTime(c.openedAt) },
    {
      key: 'due',
      label: t('case.dueDay'),
      children: (
        <span data-testid="case-due" data-due={c.dueDay}>
          {t('case.dueValue', { day: c.dueDay, n: c.workingDays })}
        </span>
      ),
    },
    { key: 'answeredAt', label: t('case.answeredAt'), children: formatDateTime(c.answeredAt) || none },
    { key: 'closedAt', label: t('case.closedAt'), children: formatDateTime(c.closedAt) || none },
    {
      key: 'instructions',
      label: t('case.instructions'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.instructions}</span>,
    },
  ];
}

/** 督办件详情: the case, its full timeline, the signals it came from, and the actions the viewer may take. */
export default function CaseDetailPage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const { data: c, error, reload } = useApiQuery<CaseDetail>(casePath(id));
  const [dialog, setDialog] = useState<Review | 'answer' | null>(null);

  if (error && !c) return <ErrorResult error={error} onRetry={reload} />;
  if (!c) return <FullPageSpin />;
  const done = () => {
    setDialog(null);
    reload();
  };

  return (
    <Flex vertical gap={16} data-testid="case-detail" data-case-no={c.caseNo} data-status={c.status}>
      <Card
        title={
          <Space wrap>
            <Typography.Text strong data-testid="case-no">
              {c.caseNo}
            </Typography.Text>
            <span>{c.title}</span>
            <CaseStatusTag status={c.status} overdue={c.overdue} />
          </Space>
        }
        extra={
          <Space wrap>
            {canReview(me.role, c.status) && (
              <>
                <Button type="primary" onClick={() => setDialog('close')} data-testid="case-close">
                  {t('review.close')}
                </Button>
                <Button danger onClick={() => setDialog('return')} data-testid="case-return">
                  {t('review.return')}
                </Button>
              </>
            )}
            {canAnswer(me.role, c.status) && (
              <Button type="primary" onClick={() => setDialog('answer')} data-testid="case-answer">
                {t('answer.title')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, lg: 2, xxl: 3 }} items={facts(c, t)} />
      </Card>
      <Card title={t('case.timeline')}>
        <CaseTimeline events={c.timeline} />
      </Card>
      {c.signals.length > 0 && (
        <Card title={t('case.signals')}>
          <SignalTable signals={c.signals} testId="case-signals" />
        </Card>
      )}
      {(dialog === 'close' || dialog === 'return') && (
        <ReviewModal caseId={c.id} review={dialog} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog === 'answer' && <AnswerModal item={c} onClose={() => setDialog(null)} onDone={done} />}
    </Flex>
  );
}
