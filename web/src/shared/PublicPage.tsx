import { Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

/** A page anyone may open (no sign-in, made for phones): its title and the language switch over a narrow column. */
export function PublicPage({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Layout style={{ minHeight: '100vh', padding: 12 }}>
      <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 760, margin: '0 auto' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <LanguageSwitch />
        </Space>
        {children}
      </Space>
    </Layout>
  );
}
