import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { RequireSession } from '../auth/RequireSession';
import { SessionProvider } from '../auth/SessionProvider';
import { LocaleProvider, useLocale } from '../i18n';
import { FullPageSpin } from '../shared/FullPageSpin';
import { theme } from '../shared/theme';
import AppLayout from './Layout';
import { RequireRole } from './RequireRole';

const LoginPage = lazy(() => import('../auth/LoginPage'));
const HomePage = lazy(() => import('../home/HomePage'));
const EnterpriseListPage = lazy(() => import('../enterprises/EnterpriseListPage'));
const EnterpriseDetailPage = lazy(() => import('../enterprises/EnterpriseDetailPage'));
const OfficersPage = lazy(() => import('../officers/OfficersPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<FullPageSpin />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="enterprises"
          element={
            <RequireRole entry="enterprises">
              <EnterpriseListPage />
            </RequireRole>
          }
        />
        {/* Every role may ask; the API answers 403 outside the user's scope (an enterprise sees only its own). */}
        <Route path="enterprises/:uscc" element={<EnterpriseDetailPage />} />
        <Route
          path="officers"
          element={
            <RequireRole entry="officers">
              <OfficersPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function LocalizedApp() {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={locale === 'en-US' ? enUS : zhCN} theme={theme}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export default function App() {
  return (
    <LocaleProvider>
      <LocalizedApp />
    </LocaleProvider>
  );
}
