import { Alert, Button, Card, Col, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth/SessionProvider';
import { useT } from '../../i18n';
import type { ApplyInput } from '../types';
import { ApplyForm, type ApplyFormValues } from './ApplyForm';
import { IssuedCard } from './IssuedCard';
import { LiveWarnings } from './LiveWarnings';
import { RefusalCard } from './RefusalCard';
import { useApply } from './useApply';
import { useLiveWarnings } from './useLiveWarnings';

/** A visit starting now, for a working day. */
const DEFAULT_HOURS = 8;

function toInput(v: ApplyFormValues): ApplyInput {
  const [start, end] = v.window!;
  const triggered = v.kind === 'triggered';
  return {
    enterpriseUscc: v.enterpriseUscc!,
    kind: v.kind,
    trigger: triggered ? v.trigger : undefined,
    backfill: triggered && v.trigger === 'emergency' && v.backfill ? true : undefined,
    scenarioId: v.scenarioId || undefined,
    itemIds: v.itemIds,
    officerIds: v.officerIds,
    window: {
      start: start.second(0).millisecond(0).toISOString(),
      end: end.second(0).millisecond(0).toISOString(),
    },
  };
}

/** 申请检查码 (A2–A5): the form, live frequency and joint warnings, and the server's answer. */
export default function ApplyPage() {
  const t = useT();
  const me = useMe();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ApplyFormValues>();
  const flow = useApply(form);
  const [initialValues] = useState<ApplyFormValues>(() => {
    const start = dayjs().second(0).millisecond(0);
    return {
      enterpriseUscc: params.get('uscc') ?? undefined,
      kind: 'planned',
      itemIds: [],
      officerIds: me.officer ? [me.officer.id] : [],
      window: [start, start.add(DEFAULT_HOURS, 'hour')],
    };
  });

  const uscc = Form.useWatch('enterpriseUscc', form);
  const kind = Form.useWatch('kind', form) ?? 'planned';
  const range = Form.useWatch('window', form);
  const live = useLiveWarnings({
    uscc,
    kind,
    start: range?.[0]?.second(0).millisecond(0).valueOf(),
    end: range?.[1]?.second(0).millisecond(0).valueOf(),
  });

  const again = () => {
    form.resetFields();
    flow.restart();
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={t('menu.applyCode')}>
          {!me.officer && (
            <Alert type="warning" showIcon title={t('apply.notOfficer')} style={{ marginBottom: 16 }} />
          )}
          <ApplyForm
            form={form}
            departmentId={me.department?.id}
            initialValues={initialValues}
            busy={flow.busy}
            onSubmit={(values) => void flow.submit(toInput(values))}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <LiveWarnings {...live} />
        {flow.state.step === 'refused' && (
          <RefusalCard refusal={flow.state.refusal} onJoin={flow.joinExisting} joining={flow.busy} />
        )}
        {flow.state.step === 'issued' && (
          <IssuedCard
            outcome={flow.state.outcome}
            onJoin={(p) => void flow.joinProposal(p)}
            joining={flow.busy}
          />
        )}
        {flow.state.step !== 'editing' && (
          <Button block style={{ marginTop: 16 }} onClick={again} data-testid="apply-again">
            {t('apply.again')}
          </Button>
        )}
      </Col>
    </Row>
  );
}
