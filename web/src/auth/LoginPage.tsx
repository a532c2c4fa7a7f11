import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { applyFieldErrors } from '../api/formErrors';
import { useErrorText } from '../api/useShowError';
import { useT } from '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { BRAND_COLOR } from '../shared/theme';
import { VerticalForm } from '../shared/VerticalForm';
import { login } from './api';
import { safeNext } from './next';
import { useSession } from './SessionProvider';

interface LoginForm {
  username: string;
  password: string;
}

const FIELDS = ['username', 'password'] as const;

export default function LoginPage() {
  const t = useT();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { session, signedIn } = useSession();
  const [form] = Form.useForm<LoginForm>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  const onFinish = async ({ username, password }: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const { user } = await login(username.trim(), password);
      signedIn(user); // this page then redirects to `next`
    } catch (e) {
      // e.g. 401 bad-credentials, 429 sign-in-delayed (the detail says how long to wait)
      if (!applyFieldErrors(form, e, FIELDS)) setError(errorText(e));
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: `linear-gradient(160deg, ${BRAND_COLOR} 0%, #0d2a5c 100%)`,
      }}
    >
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400, marginBottom: 8 }}>
        <LanguageSwitch type="link" />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={2} style={{ marginBottom: 4, color: BRAND_COLOR }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text strong>{t('app.subtitle')}</Typography.Text>
          <Typography.Text type="secondary">{t('app.motto')}</Typography.Text>
        </Flex>
        <Typography.Title level={4}>{t('login.title')}</Typography.Title>
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <VerticalForm<LoginForm> form={form} requiredMark={false} onFinish={onFinish} busy={submitting}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={submitting}
            data-testid="login-submit"
          >
            {t('login.submit')}
          </Button>
        </VerticalForm>
      </Card>
      {/* Public guidance needs no login (C7). */}
      <Link to="/credit/guide" style={{ marginTop: 12, color: 'rgba(255,255,255,0.85)' }} data-testid="login-credit-guide">
        {t('credit.guide.loginLink')}
      </Link>
    </Flex>
  );
}
