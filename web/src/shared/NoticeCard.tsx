import { Card } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** A light-blue box telling the reader something (their rights, how a rule works), an icon before its title. */
export function NoticeCard({
  icon,
  title,
  testId,
  style,
  children,
}: {
  icon: ReactNode;
  title: ReactNode;
  testId: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      data-testid={testId}
      title={
        <span>
          {icon} {title}
        </span>
      }
      style={{ borderColor: '#91caff', background: '#f0f7ff', ...style }}
    >
      {children}
    </Card>
  );
}
