import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, Progress, Radio, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { useAction } from '../shared/useAction';
import { checkupPage, completeVisit, invitationPath, recordFinding, uploadPhoto } from './api';
import { FindingTag } from './labels';
import type { InvitationDetail } from './types';
import { Field } from '../shared/Field';

interface ItemForm {
  outcome: 'ok' | 'problem';
  description?: string;
  advice?: string;
  resolution?: 'fix-now' | 'plan';
  due?: Dayjs;
  milestone?: string;
}

/**
 * The visit on a phone (390 px): one checklist item at a time — result, problem, advice, fix-now or plan, a photo —
 * then the next; "一查清": the visit finishes when every item has a result.
 */
export default function VisitPage() {
  const { id = '' } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const q = useApiQuery<InvitationDetail>(invitationPath(id));
  const [index, setIndex] = useState(0);
  const [form] = Form.useForm<ItemForm>();
  const [busy, run] = useAction();
  const [lastFinding, setLastFinding] = useState<Record<string, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const d = q.data;
  const items = d?.checklist?.items ?? [];
  const item = items[index];
  const checked = new Set(d?.findings.map((f) => f.itemCode) ?? []);
  const outcome = Form.useWatch('outcome', form);
  const resolution = Form.useWatch('resolution', form);

  useEffect(() => {
    form.resetFields();
  }, [index, form]);

  if (!d || !item) return <QueryErrorAlert error={q.error} onRetry={q.reload} />;

  const save = () =>
    run(async () => {
      const v = await form.validateFields();
      const body =
        v.outcome === 'ok'
          ? { itemCode: item.code, outcome: 'ok' }
          : {
              itemCode: item.code,
              outcome: 'problem',
              description: v.description,
              advice: v.advice,
              resolution: v.resolution,
              milestones: v.resolution === 'plan' && v.due ? [{ due: v.due.format('YYYY-MM-DD'), text: v.milestone ?? '' }] : undefined,
            };
      const out = await recordFinding(d.id, body);
      setLastFinding((m) => ({ ...m, [item.code]: out.id }));
      void message.success(t('checkups.saved'));
      q.reload();
      if (index < items.length - 1) setIndex(index + 1);
    });

  const photo = (file: File) =>
    run(async () => {
      const findingId = lastFinding[item.code] ?? d.findings.filter((f) => f.itemCode === item.code).at(-1)?.id;
      if (!findingId) return;
      await uploadPhoto(d.id, findingId, file);
      void message.success(t('checkups.photoAdded'));
      q.reload();
    });

  const finish = () =>
    run(async () => {
      await completeVisit(d.id);
      void message.success(t('checkups.completed'));
      navigate(checkupPage(d.id));
    });

  const recorded = d.findings.filter((f) => f.itemCode === item.code);
  const hasFinding = Boolean(lastFinding[item.code] ?? recorded.length > 0);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto' }} data-testid="visit-page">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('checkups.visitTitle')} · {d.enterprise.name}
      </Typography.Title>
      <Progress percent={Math.round((checked.size / items.length) * 100)} format={() => t('checkups.checkedCount', { n: checked.size, total: items.length })} />
      <Card
        size="small"
        title={
          <Space wrap>
            <Tag>{t(`checkups.category.${item.category}`)}</Tag>
            <span data-testid="visit-item">
              {item.code} {item.name}
            </span>
          </Space>
        }
        extra={<span data-testid="visit-progress">{t('checkups.progress', { n: index + 1, total: items.length })}</span>}
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('checkups.basis')}：{item.basis}
        </Typography.Paragraph>
        {recorded.length > 0 && (
          // Back on an item already checked: what is recorded for it (a new result is added beside it).
          <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="visit-recorded">
            <Typography.Text strong>{t('checkups.itemRecorded')}</Typography.Text>
            {recorded.map((f) => (
              <div key={f.id}>
                <FindingTag status={f.status} /> {f.description}
                {f.photos.length > 0 && (
                  <Typography.Text type="secondary">
                    {' '}
                    · {t('checkups.photos')} {f.photos.length}
                  </Typography.Text>
                )}
              </div>
            ))}
          </Flex>
        )}
        <Form form={form} layout="vertical" initialValues={{ outcome: 'ok', resolution: 'fix-now' }}>
          <Form.Item name="outcome" label={t('checkups.outcome')}>
            <Radio.Group optionType="button" buttonStyle="solid" data-testid="visit-outcome">
              <Radio.Button value="ok" data-testid="visit-outcome-ok">{t('checkups.outcome.ok')}</Radio.Button>
              <Radio.Button value="problem" data-testid="visit-outcome-problem">{t('checkups.outcome.problem')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          {outcome === 'problem' && (
            <>
              <Field name="description" label={t('checkups.description')} required>
                <Input.TextArea rows={2} maxLength={4000} data-testid="visit-description" />
              </Field>
              <Field name="advice" label={t('checkups.advice')} required>
                <Input.TextArea rows={2} maxLength={4000} data-testid="visit-advice" />
              </Field>
              <Form.Item name="resolution" label={t('checkups.resolution')}>
                <Radio.Group data-testid="visit-resolution">
                  <Radio value="fix-now" data-testid="visit-fix-now">{t('checkups.resolution.fix-now')}</Radio>
                  <Radio value="plan" data-testid="visit-plan">{t('checkups.resolution.plan')}</Radio>
                </Radio.Group>
              </Form.Item>
              {resolution === 'plan' && (
                <>
                  <Field name="due" label={t('checkups.milestoneDue')} required>
                    <DatePicker style={{ width: '100%' }} data-testid="visit-due" />
                  </Field>
                  <Field name="milestone" label={t('checkups.milestoneText')} required>
                    <Input maxLength={500} data-testid="visit-milestone" />
                  </Field>
                </>
              )}
            </>
          )}
        </Form>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          data-testid="visit-photo-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void photo(f);
            e.target.value = '';
          }}
        />
        <Flex gap={8} wrap>
          <Button icon={<CameraOutlined />} disabled={!hasFinding} onClick={() => fileInput.current?.click()} data-testid="visit-photo">
            {t('checkups.photo')}
          </Button>
        </Flex>
      </Card>
      <Flex gap={8}>
        <Button block disabled={index === 0} onClick={() => setIndex(index - 1)} data-testid="visit-prev">
          {t('checkups.prev')}
        </Button>
        <Button block type="primary" loading={busy} onClick={save} data-testid="visit-save-next">
          {t('checkups.saveNext')}
        </Button>
        <Button block disabled={index === items.length - 1} onClick={() => setIndex(index + 1)} data-testid="visit-next">
          {t('checkups.next')}
        </Button>
      </Flex>
      <Button block type="primary" disabled={checked.size < items.length} loading={busy} onClick={finish} data-testid="visit-finish">
        {t('checkups.complete')}
      </Button>
    </Flex>
  );
}
