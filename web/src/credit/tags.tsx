import { Tag } from 'antd';
import { useT } from '../i18n';
import type { ApplicationStatus, DeliveryStatus, RepairPath, RepairState, Severity } from './types';

const SEVERITY_COLORS: Record<Severity, string> = { minor: 'blue', ordinary: 'orange', serious: 'red' };

/** 轻微 / 一般 / 严重. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const t = useT();
  return (
    <Tag color={SEVERITY_COLORS[severity]} data-severity={severity}>
      {t(`value.${severity}`)}
    </Tag>
  );
}

const STATE_COLORS: Record<RepairState, string> = {
  repaired: 'green',
  expired: 'default',
  'not-published': 'default',
  ended: 'default',
  automatic: 'cyan',
  'apply-now': 'gold',
  'apply-later': 'orange',
  'never-early': 'red',
  'in-review': 'processing',
  'awaiting-proof': 'warning',
};

/** The record's state for its subject: 公示中·可申请修复, 审核中, 已修复 … */
export function RepairStateTag({ state }: { state: RepairState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="credit-state" data-state={state}>
      {t(`credit.state.${state}`)}
    </Tag>
  );
}

const PATH_COLORS: Record<RepairPath, string> = { automatic: 'cyan', application: 'blue', none: 'default' };

/** 免申即享 / 无感申请 / 不得提前修复. */
export function RepairPathTag({ path }: { path: RepairPath }) {
  const t = useT();
  return (
    <Tag color={PATH_COLORS[path]} data-path={path}>
      {t(`credit.path.${path}`)}
    </Tag>
  );
}

const APPLICATION_COLORS: Record<ApplicationStatus, string> = {
  'awaiting-proof': 'warning',
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const t = useT();
  return (
    <Tag color={APPLICATION_COLORS[status]} data-testid="application-status" data-status={status}>
      {t(`credit.application.status.${status}`)}
    </Tag>
  );
}

const DELIVERY_COLORS: Record<DeliveryStatus, string> = { pending: 'processing', delivered: 'success', dead: 'error' };

export function DeliveryStatusTag({ status }: { status: DeliveryStatus }) {
  const t = useT();
  return (
    <Tag color={DELIVERY_COLORS[status]} data-testid="delivery-status" data-status={status}>
      {t(`credit.delivery.status.${status}`)}
    </Tag>
  );
}
