import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result } from 'antd';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n';
import type { ScanResult } from '../../scan/types';
import { formatDateTime } from '../../shared/format';
import { codePath, shortCode, type PlannedRefusal } from '../api';
import { CodeText } from '../CodeText';

interface Props {
  refusal: PlannedRefusal;
  /** 加入该检查（联查）: re-submit the same request with joinInspectionId. */
  onJoin: () => void;
  joining: boolean;
}

/** 409 planned-frequency-limit: the refusal, naming the existing code, with the offer to join that visit. */
export function RefusalCard({ refusal, onJoin, joining }: Props) {
  const t = useT();
  // The existing visit as anyone scanning its code sees it: departments and window.
  const { data: existing } = useApiQuery<ScanResult>(codePath(refusal.existingCode));
  const visit = existing && existing.status !== 'invalid' ? existing : undefined;
  return (
    <Card data-testid="apply-refused">
      <Result
        status="warning"
        style={{ padding: 8 }}
        title={t('apply.refused.title')}
        subTitle={
          // The server's sentence names the full signed code; it reads better shortened (copyable below).
          <span data-testid="apply-refused-detail" title={refusal.existingCode}>
            {refusal.detail.replace(refusal.existingCode, shortCode(refusal.existingCode))}
          </span>
        }
      />
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'code',
            label: t('apply.refused.existingCode'),
            children: <CodeText code={refusal.existingCode} testId="refusal-code" />,
          },
          {
            key: 'window',
            label: t('field.window'),
            children: visit
              ? `${formatDateTime(visit.window.start)} ~ ${formatDateTime(visit.window.end)}`
              : formatDateTime(refusal.existingStart),
          },
          ...(visit
            ? [
                {
                  key: 'departments',
                  label: t('field.departments'),
                  children: visit.departments.map((d) => d.name).join(t('common.listSeparator')),
                },
              ]
            : []),
        ]}
      />
      {refusal.canJoin && (
        <Button
          type="primary"
          block
          icon={<TeamOutlined />}
          loading={joining}
          onClick={onJoin}
          data-testid="join-existing"
        >
          {t('apply.refused.join')}
        </Button>
      )}
    </Card>
  );
}
