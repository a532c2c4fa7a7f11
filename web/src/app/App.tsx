import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
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
const ScanPage = lazy(() => import('../scan/ScanPage'));
const NoticePage = lazy(() => import('../inspections/notice/NoticePage'));
const ApplyPage = lazy(() => import('../inspections/apply/ApplyPage'));
const TasksPage = lazy(() => import('../inspections/tasks/TasksPage'));
const MyInspectionsPage = lazy(() => import('../inspections/enterprise/MyInspectionsPage'));
const RandomDrawsPage = lazy(() => import('../inspections/draws/RandomDrawsPage'));
const CatalogItemsPage = lazy(() => import('../catalog/CatalogItemsPage'));
const ScenariosPage = lazy(() => import('../catalog/ScenariosPage'));
const FiguresPage = lazy(() => import('../figures/FiguresPage'));
const InboxPage = lazy(() => import('../supervision/inbox/InboxPage'));
const CaseListPage = lazy(() => import('../supervision/cases/CaseListPage'));
const CaseDetailPage = lazy(() => import('../supervision/cases/CaseDetailPage'));
const TodoPage = lazy(() => import('../supervision/cases/TodoPage'));
const DashboardPage = lazy(() => import('../supervision/dashboard/DashboardPage'));
const HotlinePage = lazy(() => import('../supervision/hotline/HotlinePage'));
const CalendarPage = lazy(() => import('../supervision/calendar/CalendarPage'));
const CreditGuidePage = lazy(() => import('../credit/guide/CreditGuidePage'));
const MyCreditPage = lazy(() => import('../credit/enterprise/MyCreditPage'));
const CreditRecordPage = lazy(() => import('../credit/enterprise/CreditRecordPage'));
const ReviewQueuePage = lazy(() => import('../credit/review/ReviewQueuePage'));
const ReviewPage = lazy(() => import('../credit/review/ReviewPage'));
const PenaltiesPage = lazy(() => import('../credit/penalties/PenaltiesPage'));
const DeliveriesPage = lazy(() => import('../credit/deliveries/DeliveriesPage'));
const CreditFiguresPage = lazy(() => import('../credit/figures/CreditFiguresPage'));
const CheckupQueuePage = lazy(() => import('../checkups/CheckupQueuePage'));
const CheckupDetailPage = lazy(() => import('../checkups/CheckupDetailPage'));
const CheckupVisitPage = lazy(() => import('../checkups/VisitPage'));
const CheckupFiguresPage = lazy(() => import('../checkups/CheckupFiguresPage'));
const MyCheckupsPage = lazy(() => import('../checkups/MyCheckupsPage'));
const RevisitsPage = lazy(() => import('../revisits/RevisitsPage'));
const RevisitWorkPage = lazy(() => import('../revisits/WorkListPage'));
const OnlineQuestionnairePage = lazy(() => import('../revisits/OnlineQuestionnairePage'));
const LicencesPage = lazy(() => import('../drugs/LicencesPage'));
const WarningsPage = lazy(() => import('../drugs/WarningsPage'));
const WarningPage = lazy(() => import('../drugs/WarningPage'));
const RectificationsPage = lazy(() => import('../drugs/RectificationsPage'));
const RectificationPage = lazy(() => import('../drugs/RectificationPage'));
const MyLicencesPage = lazy(() => import('../drugs/MyLicencesPage'));
const DrugArchivePage = lazy(() => import('../drugs/PublicArchivePage'));
const DrugServicePage = lazy(() => import('../drugs/ServicePage'));
const DrugDecisionsPage = lazy(() => import('../drugs/DecisionsPage'));
const DrugFollowupsPage = lazy(() => import('../drugs/FollowupsPage'));
const DrugFollowupPage = lazy(() => import('../drugs/FollowupPage'));
const MyFormsPage = lazy(() => import('../drugs/MyFormsPage'));
const DrugCasesPage = lazy(() => import('../drugs/CaseBatchesPage'));
const PublicCasesPage = lazy(() => import('../drugs/PublicCasesPage'));
const ProofDeskPage = lazy(() => import('../proof-free/ProofDeskPage'));
const ProofAssistsPage = lazy(() => import('../proof-free/AssistsPage'));
const ProofCommitmentsPage = lazy(() => import('../proof-free/CommitmentsPage'));
const ProofCatalogPage = lazy(() => import('../proof-free/CatalogPage'));
const ProofReceiptPage = lazy(() => import('../proof-free/ReceiptPage'));
const UsersPage = lazy(() => import('../admin/UsersPage'));
const ApiKeysPage = lazy(() => import('../admin/ApiKeysPage'));
const AuditLogPage = lazy(() => import('../admin/AuditLogPage'));
const JobsPage = lazy(() => import('../admin/JobsPage'));
const OutboxPage = lazy(() => import('../admin/OutboxPage'));

/** Pages guarded by their menu entry's roles (menu.tsx): path → [entry key, page]. */
const GUARDED_PAGES: readonly [path: string, entry: string, page: ReactNode][] = [
  ['inspections/apply', 'apply-code', <ApplyPage />],
  ['inspections/tasks', 'my-tasks', <TasksPage />],
  ['inspections/random-draws', 'random-draws', <RandomDrawsPage />],
  ['my-inspections', 'my-inspections', <MyInspectionsPage />],
  ['catalog/items', 'catalog-items', <CatalogItemsPage />],
  ['catalog/scenarios', 'scenarios', <ScenariosPage />],
  ['figures', 'figures', <FiguresPage />],
  ['supervision/inbox', 'alerts', <InboxPage />],
  ['supervision/cases', 'supervision-cases', <CaseListPage />],
  ['supervision/todo', 'supervision-todo', <TodoPage />],
  ['supervision/dashboard', 'supervision-dashboard', <DashboardPage />],
  ['supervision/hotline', 'hotline', <HotlinePage />],
  ['calendar', 'calendar', <CalendarPage />],
  ['my-credit', 'my-credit', <MyCreditPage />],
  ['my-credit/records/:id', 'my-credit', <CreditRecordPage />],
  ['credit/reviews', 'credit-reviews', <ReviewQueuePage />],
  ['credit/reviews/:id', 'credit-reviews', <ReviewPage />],
  ['credit/penalties', 'credit-penalties', <PenaltiesPage />],
  ['credit/deliveries', 'credit-deliveries', <DeliveriesPage />],
  ['credit/figures', 'credit-figures', <CreditFiguresPage />],
  ['checkups', 'checkups', <CheckupQueuePage />],
  ['checkups/figures', 'checkup-figures', <CheckupFiguresPage />],
  ['checkups/:id/visit', 'checkups', <CheckupVisitPage />],
  ['my-checkups', 'my-checkups', <MyCheckupsPage />],
  ['revisits', 'revisits', <RevisitsPage />],
  ['revisits/work', 'revisit-work', <RevisitWorkPage />],
  ['drugs/licences', 'drug-licences', <LicencesPage />],
  ['drugs/warnings', 'drug-warnings', <WarningsPage />],
  ['drugs/rectifications', 'drug-rectifications', <RectificationsPage />],
  ['drugs/my-licences', 'my-licences', <MyLicencesPage />],
  ['drugs/my-rectifications', 'my-rectifications', <RectificationsPage />],
  ['drugs/service', 'drug-service', <DrugServicePage />],
  ['drugs/decisions', 'drug-decisions', <DrugDecisionsPage />],
  ['drugs/followups', 'drug-followups', <DrugFollowupsPage />],
  ['drugs/followups/:id', 'drug-followups', <DrugFollowupPage />],
  ['drugs/cases', 'drug-cases', <DrugCasesPage />],
  ['drugs/my-forms', 'my-forms', <MyFormsPage />],
  ['proof-free/desk', 'proof-desk', <ProofDeskPage />],
  ['proof-free/assists', 'proof-assists', <ProofAssistsPage />],
  ['proof-free/commitments', 'proof-commitments', <ProofCommitmentsPage />],
  ['proof-free/catalog', 'proof-catalog', <ProofCatalogPage />],
  ['admin/users', 'users', <UsersPage />],
  ['admin/api-keys', 'api-keys', <ApiKeysPage />],
  ['admin/audit', 'audit-log', <AuditLogPage />],
  ['admin/jobs', 'jobs', <JobsPage />],
  ['admin/outbox', 'outbox', <OutboxPage />],
];

/** A page outside the admin layout (no sider or header), e.g. the public scan page. */
const bare = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;

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
      {/* The QR code of an inspection code opens this (A6): no login. */}
      <Route path="/v/:code" element={bare(<ScanPage />)} />
      {/* The printable 检查告知书 shows only what the public verification shows. */}
      <Route path="/inspections/notice/:code" element={bare(<NoticePage />)} />
      {/* 信用修复指引 and 明白书 (C7): public, made for phones. */}
      <Route path="/credit/guide" element={bare(<CreditGuidePage />)} />
      {/* The enterprise's online revisit questionnaire (G3): a signed one-time link, no login, made for phones. */}
      <Route path="/r/:token" element={bare(<OnlineQuestionnairePage />)} />
      {/* Published drug-safety warnings and FAQ issues (D1): public. */}
      <Route path="/drugs/archive" element={bare(<DrugArchivePage />)} />
      {/* Typical drug-safety cases in numbered batches (D6): public, drafts never shown. */}
      <Route path="/drugs/typical-cases" element={bare(<PublicCasesPage />)} />
      {/* The applicant's receipt of a proof verification (F3): what was used; opened from the window's QR code. */}
      <Route path="/pf/r/:token" element={bare(<ProofReceiptPage />)} />
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
        {/* The plain alerts list became the inbox; old links still arrive. */}
        <Route path="supervision/alerts" element={<Navigate to="/supervision/inbox" replace />} />
        {/* A case is read by the supervisor and by its department (notifications link here); the API decides. */}
        <Route path="supervision/cases/:id" element={<CaseDetailPage />} />
        {/* A check-up is read by the check-up side and by its enterprise; the API (and its firewall) decides. */}
        <Route path="checkups/:id" element={<CheckupDetailPage />} />
        {/* A rectification item or a warning: the officer's department or the enterprise (notifications link here); the API decides. */}
        <Route path="drugs/rectifications/:id" element={<RectificationPage />} />
        <Route path="drugs/warnings/:id" element={<WarningPage />} />
        {GUARDED_PAGES.map(([path, entry, page]) => (
          <Route key={path} path={path} element={<RequireRole entry={entry}>{page}</RequireRole>} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function LocalizedApp() {
  const { locale } = useLocale();
  // Date pickers take month and weekday names from dayjs's locale (antd's own covers the rest).
  dayjs.locale(locale === 'en-US' ? 'en' : 'zh-cn');
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
