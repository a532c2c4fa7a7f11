import { AuditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Popover, Spin } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useErrorText } from '../api/useShowError';
import { useT } from '../i18n';
import { inspectionPath } from '../inspections/api';
import { CodeLinks } from '../inspections/CodeLinks';
import { CodeText } from '../inspections/CodeText';
import { kindText } from '../inspections/kind';
import { phaseOf } from '../inspections/phase';
import { PhaseTag } from '../inspections/PhaseTag';
import type { Inspection } from '../inspections/types';
import { useDepartmentNames } from '../inspections/useDepartmentNames';
import { windowText } from '../inspections/windowText';

/** The inspection a signal or case is about, loaded when the popover opens. */
function InspectionSummary({ id }: { id: string }) {
  const t = useT();
  const names = useDepartmentNames();
  const errorText = useErrorText();
  const { data, error, loading } = useApiQuery<Inspection>(inspectionPath(id));
  if (error) return <>{errorText(error)}</>;
  if (loading || !data) return <Spin size="small" />;
  return (
    <div data-testid="inspection-summary" data-code={data.code} style={{ maxWidth: 420 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'code', label: t('field.code'), children: <CodeText code={data.code} /> },
          { key: 'enterprise', label: t('enterprise.name'), children: data.enterprise.name },
          { key: 'window', label: t('field.window'), children: windowText(data.window) },
          { key: 'kind', label: t('field.kind'), children: kindText(data, t) },
          {
            key: 'departments',
            label: t('field.departments'),
            children: names(data.departmentIds).join(t('common.listSeparator')),
          },
          { key: 'phase', label: t('field.status'), children: <PhaseTag phase={phaseOf(data)} /> },
          {
            key: 'result',
            label: t('field.result'),
            children: data.result ? t(`outcome.${data.result.outcome}`) : t('common.none'),
          },
        ]}
      />
      <CodeLinks code={data.code} />
    </div>
  );
}

/** 检查记录: opens the inspection's summary with links to its verification page and notice. */
export function InspectionLink({ id }: { id: string | null }) {
  const t = useT();
  if (!id) return <>{t('common.none')}</>;
  return (
    <Popover trigger="click" title={t('supervision.inspection')} content={<InspectionSummary id={id} />}>
      <Button size="small" type="link" icon={<AuditOutlined />} data-testid="signal-inspection">
        {t('supervision.viewInspection')}
      </Button>
    </Popover>
  );
}
