import { Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../i18n';
import { valueTag } from '../shared/valueTag';
import { enterprisePageUrl } from './api';
import type { CaseStatus, EnterpriseLink, Severity, SignalKind } from './types';

const SEVERITY_COLORS: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'blue' };
const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  open: 'blue',
  answered: 'orange',
  returned: 'red',
  closed: 'green',
};

/** The kind of a signal (data-testid="alert-kind", data-kind). */
export function SignalKindTag({ kind }: { kind: SignalKind }) {
  const t = useT();
  return (
    <Tag data-testid="alert-kind" data-kind={kind}>
      {t(`alert.kind.${kind}`)}
    </Tag>
  );
}

export const SeverityTag = valueTag('severity', SEVERITY_COLORS, (v) => `alert.severity.${v}`);

/** 待办理 / 已反馈 / 已退回 / 已办结, and 已逾期 when the department is late. */
export function CaseStatusTag({ status, overdue }: { status: CaseStatus; overdue?: boolean }) {
  const t = useT();
  return (
    <span data-testid="case-status" data-status={status} data-overdue={overdue ? 'true' : 'false'}>
      <Tag color={CASE_STATUS_COLORS[status]}>{t(`case.status.${status}`)}</Tag>
      {overdue && <Tag color="volcano">{t('case.overdue')}</Tag>}
    </span>
  );
}

/** The enterprise's name, linking to its file (一企一档); the USCC shows on hover. */
export function EnterpriseLinkText({ enterprise }: { enterprise: EnterpriseLink | null }) {
  const t = useT();
  if (!enterprise) return <>{t('common.none')}</>;
  if (!enterprise.uscc) return <>{enterprise.name ?? t('common.none')}</>;
  return (
    <Tooltip title={enterprise.uscc}>
      <Link to={enterprisePageUrl(enterprise.uscc)} data-testid="enterprise-link" data-uscc={enterprise.uscc}>
        {enterprise.name ?? enterprise.uscc}
      </Link>
    </Tooltip>
  );
}
