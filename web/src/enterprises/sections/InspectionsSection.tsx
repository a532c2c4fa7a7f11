import { QrcodeOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, Rate, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { CodeLinks } from '../../inspections/CodeLinks';
import { CodeQr } from '../../inspections/CodeQr';
import { CodeText } from '../../inspections/CodeText';
import { kindText } from '../../inspections/kind';
import { windowText } from '../../inspections/windowText';
import { namesText, SectionTable } from './SectionTable';
import type { InspectionRow } from './types';

const STATUS_COLOR: Record<InspectionRow['status'], string> = { issued: 'blue', done: 'green', revoked: 'default' };

/** The code shortened (the whole signed text is copyable), its QR on demand, the notice and verify pages. */
function CodeCell({ code }: { code: string }) {
  const t = useT();
  return (
    <Flex vertical gap={4} align="flex-start">
      <CodeText code={code} testId="file-inspection-code" />
      <Flex gap={4} wrap>
        <Popover content={<CodeQr code={code} size={160} />} trigger="click">
          <Button size="small" icon={<QrcodeOutlined />} aria-label={t('inspection.qrAlt')} data-testid="file-inspection-qr" />
        </Popover>
        <CodeLinks code={code} compact />
      </Flex>
    </Flex>
  );
}

/** 检查记录: the enterprise's inspections — code, kind, departments, items, window, officers, status, result. */
export function InspectionsSection({ rows }: { rows: readonly InspectionRow[] }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<InspectionRow>>(() => {
    const none = t('common.none');
    const sep = t('common.listSeparator');
    return [
      { key: 'code', title: t('field.code'), render: (_, r) => <CodeCell code={r.code} /> },
      { key: 'kind', title: t('field.kind'), render: (_, r) => kindText(r, t) },
      { key: 'departments', title: t('field.departments'), render: (_, r) => namesText(r.departments, none, sep) },
      { key: 'items', title: t('field.items'), render: (_, r) => namesText(r.items, none, sep) },
      { key: 'window', title: t('field.window'), render: (_, r) => windowText(r.window) },
      { key: 'officers', title: t('field.officers'), render: (_, r) => namesText(r.officers, none, sep) },
      {
        key: 'status',
        title: t('field.status'),
        render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`inspection.status.${r.status}`)}</Tag>,
      },
      { key: 'result', title: t('field.result'), render: (_, r) => (r.result ? t(`outcome.${r.result}`) : none) },
      {
        key: 'rating',
        title: t('evaluation.overall'),
        render: (_, r) => (r.rating ? <Rate disabled count={5} value={r.rating} style={{ fontSize: 12 }} /> : none),
      },
    ];
  }, [t]);
  return <SectionTable rows={rows} columns={columns} testId="section-inspections" />;
}
