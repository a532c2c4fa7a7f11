import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A table cell of two lines: what the row is (a name, a decision number), and under it, smaller, what names it. */
export function TwoLines({ main, sub }: { main: ReactNode; sub: ReactNode }) {
  return (
    <Flex vertical>
      <span>{main}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {sub}
      </Typography.Text>
    </Flex>
  );
}
