import { valueTag } from '../shared/valueTag';
import type { ApplicationStatus, DeliveryStatus, RepairPath, RepairState, Severity } from './types';

const SEVERITY_COLORS: Record<Severity, string> = { minor: 'blue', ordinary: 'orange', serious: 'red' };

/** 轻微 / 一般 / 严重. */
export const SeverityTag = valueTag('severity', SEVERITY_COLORS, (v) => `value.${v}`);

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
export const RepairStateTag = valueTag('state', STATE_COLORS, (v) => `credit.state.${v}`, 'credit-state');

const PATH_COLORS: Record<RepairPath, string> = { automatic: 'cyan', application: 'blue', none: 'default' };

/** 免申即享 / 无感申请 / 不得提前修复. */
export const RepairPathTag = valueTag('path', PATH_COLORS, (v) => `credit.path.${v}`);

const APPLICATION_COLORS: Record<ApplicationStatus, string> = {
  'awaiting-proof': 'warning',
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
};

export const ApplicationStatusTag = valueTag(
  'status',
  APPLICATION_COLORS,
  (v) => `credit.application.status.${v}`,
  'application-status',
);

const DELIVERY_COLORS: Record<DeliveryStatus, string> = { pending: 'processing', delivered: 'success', dead: 'error' };

export const DeliveryStatusTag = valueTag('status', DELIVERY_COLORS, (v) => `credit.delivery.status.${v}`, 'delivery-status');
