import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  KeyOutlined,
  TeamOutlined,
  FileTextOutlined,
  FieldTimeOutlined,
  SendOutlined,
  CloudSyncOutlined,
  CustomerServiceOutlined,
  FormOutlined,
  ReadOutlined,
  SolutionOutlined,
  ClusterOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FundOutlined,
  MedicineBoxOutlined,
  NotificationOutlined,
  ToolOutlined,
  HomeOutlined,
  IdcardOutlined,
  InteractionOutlined,
  PhoneOutlined,
  PieChartOutlined,
  ProfileOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShopOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ROLES, type Me, type Role } from '../auth/types';
import type { MessageKey } from '../i18n';

/**
 * The one place that says which pages a role sees. Each later part (inspections, supervision, credit …)
 * adds its entries here; the sider menu, the home page shortcuts and the route guards all read this list.
 */
export interface MenuEntry {
  key: string;
  label: MessageKey;
  description: MessageKey;
  icon: ReactNode;
  /** The roles that see the entry; omitted = every role. */
  roles?: readonly Role[];
  /** The entry's path for this user, or null when it does not apply (e.g. no linked enterprise). */
  path: (me: Me) => string | null;
  /** data-testid of the menu link. */
  testId: string;
}

const ALL_BUT_ENTERPRISE: readonly Role[] = ROLES.filter((role) => role !== 'enterprise');

export const MENU: readonly MenuEntry[] = [
  {
    key: 'home',
    label: 'menu.home',
    description: 'menu.home.desc',
    icon: <HomeOutlined />,
    path: () => '/',
    testId: 'menu-home',
  },
  {
    key: 'enterprises',
    label: 'menu.enterprises',
    description: 'menu.enterprises.desc',
    icon: <ApartmentOutlined />,
    roles: ALL_BUT_ENTERPRISE,
    path: () => '/enterprises',
    testId: 'menu-enterprises',
  },
  {
    key: 'my-enterprise',
    label: 'menu.myEnterprise',
    description: 'menu.myEnterprise.desc',
    icon: <ShopOutlined />,
    roles: ['enterprise'],
    path: (me) => (me.enterprise ? `/enterprises/${encodeURIComponent(me.enterprise.uscc)}` : null),
    testId: 'menu-my-enterprise',
  },
  {
    key: 'officers',
    label: 'menu.officers',
    description: 'menu.officers.desc',
    icon: <IdcardOutlined />,
    roles: ['admin', 'supervisor', 'dept_admin', 'officer'],
    path: () => '/officers',
    testId: 'menu-officers',
  },
  // Part A — one inspection, one code.
  {
    key: 'apply-code',
    label: 'menu.applyCode',
    description: 'menu.applyCode.desc',
    icon: <QrcodeOutlined />,
    roles: ['officer'],
    path: () => '/inspections/apply',
    testId: 'menu-apply-code',
  },
  {
    key: 'my-tasks',
    label: 'menu.myTasks',
    description: 'menu.myTasks.desc',
    icon: <ScheduleOutlined />,
    roles: ['officer'],
    path: () => '/inspections/tasks',
    testId: 'menu-my-tasks',
  },
  {
    key: 'my-inspections',
    label: 'menu.myInspections',
    description: 'menu.myInspections.desc',
    icon: <AuditOutlined />,
    roles: ['enterprise'],
    path: () => '/my-inspections',
    testId: 'menu-my-inspections',
  },
  {
    key: 'catalog-items',
    label: 'menu.catalogItems',
    description: 'menu.catalogItems.desc',
    icon: <UnorderedListOutlined />,
    roles: ['dept_admin', 'admin', 'supervisor'],
    path: () => '/catalog/items',
    testId: 'menu-catalog-items',
  },
  {
    key: 'scenarios',
    label: 'menu.scenarios',
    description: 'menu.scenarios.desc',
    icon: <ClusterOutlined />,
    roles: ['dept_admin', 'admin', 'supervisor'],
    path: () => '/catalog/scenarios',
    testId: 'menu-scenarios',
  },
  {
    key: 'random-draws',
    label: 'menu.randomDraws',
    description: 'menu.randomDraws.desc',
    icon: <InteractionOutlined />,
    roles: ['dept_admin'],
    path: () => '/inspections/random-draws',
    testId: 'menu-random-draws',
  },
  {
    key: 'figures',
    label: 'menu.figures',
    description: 'menu.figures.desc',
    icon: <BarChartOutlined />,
    roles: ['supervisor', 'admin', 'dept_admin'],
    path: () => '/figures',
    testId: 'menu-figures',
  },
  // Part B — supervision (云督办). The inbox supersedes the plain 监督预警 list and keeps its key and test id.
  {
    key: 'alerts',
    label: 'menu.supervisionInbox',
    description: 'menu.supervisionInbox.desc',
    icon: <AlertOutlined />,
    roles: ['supervisor', 'admin'],
    path: () => '/supervision/inbox',
    testId: 'menu-alerts',
  },
  {
    key: 'supervision-cases',
    label: 'menu.supervisionCases',
    description: 'menu.supervisionCases.desc',
    icon: <FileSearchOutlined />,
    roles: ['supervisor', 'admin'],
    path: () => '/supervision/cases',
    testId: 'menu-supervision-cases',
  },
  {
    key: 'supervision-todo',
    label: 'menu.supervisionTodo',
    description: 'menu.supervisionTodo.desc',
    icon: <FileDoneOutlined />,
    roles: ['dept_admin', 'officer'],
    path: () => '/supervision/todo',
    testId: 'menu-supervision-todo',
  },
  {
    key: 'supervision-dashboard',
    label: 'menu.supervisionDashboard',
    description: 'menu.supervisionDashboard.desc',
    icon: <DashboardOutlined />,
    roles: ['supervisor', 'admin', 'dept_admin'],
    path: () => '/supervision/dashboard',
    testId: 'menu-supervision-dashboard',
  },
  {
    key: 'hotline',
    label: 'menu.hotline',
    description: 'menu.hotline.desc',
    icon: <PhoneOutlined />,
    roles: ['supervisor', 'admin'],
    path: () => '/supervision/hotline',
    testId: 'menu-hotline',
  },
  {
    key: 'calendar',
    label: 'menu.calendar',
    description: 'menu.calendar.desc',
    icon: <CalendarOutlined />,
    roles: ['admin'],
    path: () => '/calendar',
    testId: 'menu-calendar',
  },
  // System administration (issue 16 item 5): users and roles, API keys, the audit log.
  {
    key: 'users',
    label: 'menu.users',
    description: 'menu.users.desc',
    icon: <TeamOutlined />,
    roles: ['admin'],
    path: () => '/admin/users',
    testId: 'menu-users',
  },
  {
    key: 'api-keys',
    label: 'menu.apiKeys',
    description: 'menu.apiKeys.desc',
    icon: <KeyOutlined />,
    roles: ['admin'],
    path: () => '/admin/api-keys',
    testId: 'menu-api-keys',
  },
  {
    key: 'audit-log',
    label: 'menu.auditLog',
    description: 'menu.auditLog.desc',
    icon: <FileTextOutlined />,
    roles: ['admin', 'supervisor'],
    path: () => '/admin/audit',
    testId: 'menu-audit-log',
  },
  {
    key: 'jobs',
    label: 'menu.jobs',
    description: 'menu.jobs.desc',
    icon: <FieldTimeOutlined />,
    roles: ['admin'],
    path: () => '/admin/jobs',
    testId: 'menu-jobs',
  },
  {
    key: 'outbox',
    label: 'menu.outbox',
    description: 'menu.outbox.desc',
    icon: <SendOutlined />,
    roles: ['admin'],
    path: () => '/admin/outbox',
    testId: 'menu-outbox',
  },
  // Part C — credit repair (信用修复"无感申请").
  {
    key: 'checkups',
    label: 'menu.checkups',
    description: 'menu.checkups.desc',
    icon: <ExperimentOutlined />,
    roles: ['admin', 'expert', 'service_officer'],
    path: () => '/checkups',
    testId: 'menu-checkups',
  },
  {
    key: 'checkup-figures',
    label: 'menu.checkupFigures',
    description: 'menu.checkupFigures.desc',
    icon: <PieChartOutlined />,
    roles: ['admin', 'expert', 'service_officer'],
    path: () => '/checkups/figures',
    testId: 'menu-checkup-figures',
  },
  {
    key: 'my-checkups',
    label: 'menu.myCheckups',
    description: 'menu.myCheckups.desc',
    icon: <ExperimentOutlined />,
    roles: ['enterprise'],
    path: (me) => (me.enterprise ? '/my-checkups' : null),
    testId: 'menu-my-checkups',
  },
  {
    key: 'my-credit',
    label: 'menu.myCredit',
    description: 'menu.myCredit.desc',
    icon: <SafetyCertificateOutlined />,
    roles: ['enterprise'],
    path: (me) => (me.enterprise ? '/my-credit' : null),
    testId: 'menu-my-credit',
  },
  {
    key: 'credit-reviews',
    label: 'menu.creditReviews',
    description: 'menu.creditReviews.desc',
    icon: <FileProtectOutlined />,
    roles: ['credit_officer'],
    path: () => '/credit/reviews',
    testId: 'menu-credit-reviews',
  },
  {
    key: 'credit-penalties',
    label: 'menu.creditPenalties',
    description: 'menu.creditPenalties.desc',
    icon: <ProfileOutlined />,
    roles: ['credit_officer'],
    path: () => '/credit/penalties',
    testId: 'menu-credit-penalties',
  },
  {
    key: 'credit-deliveries',
    label: 'menu.creditDeliveries',
    description: 'menu.creditDeliveries.desc',
    icon: <CloudSyncOutlined />,
    roles: ['credit_officer'],
    path: () => '/credit/deliveries',
    testId: 'menu-credit-deliveries',
  },
  {
    key: 'credit-figures',
    label: 'menu.creditFigures',
    description: 'menu.creditFigures.desc',
    icon: <FundOutlined />,
    roles: ['credit_officer', 'admin', 'supervisor'],
    path: () => '/credit/figures',
    testId: 'menu-credit-figures',
  },
  // Part G — revisits (回访把脉).
  {
    key: 'revisits',
    label: 'menu.revisits',
    description: 'menu.revisits.desc',
    icon: <FileSearchOutlined />,
    roles: ['supervisor'],
    path: () => '/revisits',
    testId: 'menu-revisits',
  },
  {
    key: 'revisit-work',
    label: 'menu.revisitWork',
    description: 'menu.revisitWork.desc',
    icon: <PhoneOutlined />,
    roles: ['officer'],
    path: () => '/revisits/work',
    testId: 'menu-revisit-work',
  },
  // Part D — drug regulation "supervision + service" (药监"监督+服务").
  {
    key: 'drug-licences',
    label: 'menu.drugLicences',
    description: 'menu.drugLicences.desc',
    icon: <MedicineBoxOutlined />,
    roles: ['officer', 'dept_admin', 'admin', 'supervisor'],
    path: () => '/drugs/licences',
    testId: 'menu-drug-licences',
  },
  {
    key: 'drug-warnings',
    label: 'menu.drugWarnings',
    description: 'menu.drugWarnings.desc',
    icon: <NotificationOutlined />,
    roles: ['officer', 'dept_admin', 'admin'],
    path: () => '/drugs/warnings',
    testId: 'menu-drug-warnings',
  },
  {
    key: 'drug-rectifications',
    label: 'menu.drugRectifications',
    description: 'menu.drugRectifications.desc',
    icon: <ToolOutlined />,
    roles: ['officer', 'dept_admin', 'admin', 'supervisor'],
    path: () => '/drugs/rectifications',
    testId: 'menu-drug-rectifications',
  },
  {
    key: 'drug-service',
    label: 'menu.drugService',
    description: 'menu.drugService.desc',
    icon: <CustomerServiceOutlined />,
    roles: ['officer', 'dept_admin'],
    path: () => '/drugs/service',
    testId: 'menu-drug-service',
  },
  {
    key: 'drug-decisions',
    label: 'menu.drugDecisions',
    description: 'menu.drugDecisions.desc',
    icon: <SolutionOutlined />,
    roles: ['officer', 'dept_admin'],
    path: () => '/drugs/decisions',
    testId: 'menu-drug-decisions',
  },
  {
    key: 'drug-followups',
    label: 'menu.drugFollowups',
    description: 'menu.drugFollowups.desc',
    icon: <FormOutlined />,
    roles: ['officer', 'dept_admin', 'admin', 'supervisor'],
    path: () => '/drugs/followups',
    testId: 'menu-drug-followups',
  },
  {
    key: 'drug-cases',
    label: 'menu.drugCases',
    description: 'menu.drugCases.desc',
    icon: <ReadOutlined />,
    roles: ['officer', 'dept_admin', 'admin', 'supervisor'],
    path: () => '/drugs/cases',
    testId: 'menu-drug-cases',
  },
  {
    key: 'my-licences',
    label: 'menu.myLicences',
    description: 'menu.myLicences.desc',
    icon: <MedicineBoxOutlined />,
    roles: ['enterprise'],
    path: (me) => (me.enterprise ? '/drugs/my-licences' : null),
    testId: 'menu-my-licences',
  },
  {
    key: 'my-rectifications',
    label: 'menu.myRectifications',
    description: 'menu.myRectifications.desc',
    icon: <ToolOutlined />,
    roles: ['enterprise'],
    path: (me) => (me.enterprise ? '/drugs/my-rectifications' : null),
    testId: 'menu-my-rectifications',
  },
  {
    key: 'my-forms',
    label: 'menu.myForms',
    description: 'menu.myForms.desc',
    icon: <FormOutlined />,
    roles: ['enterprise'],
    path: (me) => (me.enterprise ? '/drugs/my-forms' : null),
    testId: 'menu-my-forms',
  },
  // Part F — proof-free service (从"你向我证明"到"我为你证明").
  {
    key: 'proof-desk',
    label: 'menu.proofDesk',
    description: 'menu.proofDesk.desc',
    icon: <IdcardOutlined />,
    roles: ['service_officer'],
    path: () => '/proof-free/desk',
    testId: 'menu-proof-desk',
  },
  {
    key: 'proof-assists',
    label: 'menu.proofAssists',
    description: 'menu.proofAssists.desc',
    icon: <InteractionOutlined />,
    roles: ['admin', 'supervisor', 'officer', 'dept_admin', 'credit_officer', 'service_officer'],
    path: () => '/proof-free/assists',
    testId: 'menu-proof-assists',
  },
  {
    key: 'proof-commitments',
    label: 'menu.proofCommitments',
    description: 'menu.proofCommitments.desc',
    icon: <FileDoneOutlined />,
    roles: ['admin', 'supervisor', 'dept_admin', 'service_officer', 'enterprise'],
    path: () => '/proof-free/commitments',
    testId: 'menu-proof-commitments',
  },
  {
    key: 'proof-catalog',
    label: 'menu.proofCatalog',
    description: 'menu.proofCatalog.desc',
    icon: <FileProtectOutlined />,
    roles: ALL_BUT_ENTERPRISE,
    path: () => '/proof-free/catalog',
    testId: 'menu-proof-catalog',
  },
];

export interface VisibleEntry extends MenuEntry {
  href: string;
}

export function canAccess(role: Role, entry: Pick<MenuEntry, 'roles'>): boolean {
  return !entry.roles || entry.roles.includes(role);
}

/** The entries this user sees, with their resolved paths. */
export function menuFor(me: Me): VisibleEntry[] {
  const visible: VisibleEntry[] = [];
  for (const entry of MENU) {
    if (!canAccess(me.role, entry)) continue;
    const href = entry.path(me);
    if (href !== null) visible.push({ ...entry, href });
  }
  return visible;
}

export function menuEntry(key: string): MenuEntry {
  const entry = MENU.find((e) => e.key === key);
  if (!entry) throw new Error(`unknown menu entry ${key}`);
  return entry;
}

/** The entry to highlight for a location: an exact match first, else the longest path prefix. */
export function selectedEntry(entries: readonly VisibleEntry[], pathname: string): VisibleEntry | undefined {
  let best: VisibleEntry | undefined;
  for (const entry of entries) {
    const exact = pathname === entry.href;
    const prefix = entry.href !== '/' && pathname.startsWith(`${entry.href}/`);
    if (exact) return entry;
    if (prefix && (!best || entry.href.length > best.href.length)) best = entry;
  }
  return best;
}
