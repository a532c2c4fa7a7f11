import { Descriptions, Tag } from 'antd';
import { useT, type Translate } from '../i18n';
import { kindText } from '../inspections/kind';
import { formatDateTime } from '../shared/format';
import type { VerifiedCode } from './types';

/** When, where and by whom: the time window, the enterprise, the departments and the kind of visit. */
export function CodeSummary({ code, column = 1 }: { code: VerifiedCode; column?: number }) {
  const t = useT();
  return (
    <Descriptions
      size="small"
      column={column}
      bordered
      styles={{ label: { whiteSpace: 'nowrap' } }}
      data-testid="code-summary"
      items={[
        {
          key: 'window',
          label: t('field.window'),
          children: (
            <span data-testid="code-window">
              {formatDateTime(code.window.start)} ~ {formatDateTime(code.window.end)}
            </span>
          ),
        },
        {
          key: 'enterprise',
          label: t('scan.enterprise'),
          children: (
            <span data-testid="code-enterprise">
              {code.enterprise.name}
              <br />
              {code.enterprise.uscc}
              <br />
              {code.enterprise.address}
            </span>
          ),
        },
        {
          key: 'departments',
          label: t('field.departments'),
          children: (
            <span data-testid="code-departments">
              {code.departments.map((d) => d.name).join(t('common.listSeparator'))}
              {code.departments.length > 1 && (
                <Tag color="purple" style={{ marginInlineStart: 6 }}>
                  {t('inspection.joint')}
                </Tag>
              )}
            </span>
          ),
        },
        {
          key: 'kind',
          label: t('field.kind'),
          children: kindText(code, t),
        },
        ...(code.backfilled
          ? [{ key: 'backfilled', label: t('scan.backfilled'), children: t('scan.backfilledHint') }]
          : []),
        ...(code.revokedReason
          ? [{ key: 'revoked', label: t('scan.revokedReason'), children: revokedText(code.revokedReason, t) }]
          : []),
      ]}
    />
  );
}

function revokedText(reason: 'superseded' | 'withdrawn', t: Translate) {
  return reason === 'superseded' ? t('scan.superseded') : t('scan.withdrawn');
}
