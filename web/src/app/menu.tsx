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

/** A menu label: a dictionary key `menu.…` whose description `menu.….desc` stands beside it. */
type MenuLabel = {
  [K in MessageKey]: K extends `menu.${string}` ? (`${K}.desc` extends MessageKey ? K : never) : never;
}[MessageKey];

/** An entry: its description is its label's `.desc` text, its test id `menu-{key}`; its path fixed or the user's. */
function entry({
  path,
  ...e
}: Pick<MenuEntry, 'key' | 'icon' | 'roles'> & {
  label: MenuLabel;
  path: string | MenuEntry['path'];
}): MenuEntry {
  return {
    ...e,
    description: `${e.label}.desc`,
    path: typeof path === 'string' ? () => path : path,
    testId: `menu-${e.key}`,
  };
}

/** A page of the user's own enterprise: none without a linked one. */
const ownEnterprise = (path: string) => (me: Me) => (me.enterprise ? path : null);

export const MENU: readonly MenuEntry[] = [
  entry({ key: 'home', label: 'menu.home', icon: <HomeOutlined />, path: '/' }),
  entry({
    key: 'enterprises',
    label: 'menu.enterprises',
    icon: <ApartmentOutlined />,
    roles: ALL_BUT_ENTERPRISE,
    path: '/enterprises',
  }),
  entry({
    key: 'my-enterprise',
    label: 'menu.myEnterprise',
    icon: <ShopOutlined />,
    roles: ['enterprise'],
    path: (me) => (me.enterprise ? `/enterprises/${encodeURIComponent(me.enterprise.uscc)}` : null),
  }),
  entry({
    key: 'officers',
    label: 'menu.officers',
    icon: <IdcardOutlined />,
    roles: ['admin', 'supervisor', 'dept_admin', 'officer'],
    path: '/officers',
  }),
  // Part A — one inspection, one code.
  entry({
    key: 'apply-code',
    label: 'menu.applyCode',
    icon: <QrcodeOutlined />,
    roles: ['officer'],
    path: '/inspections/apply',
  }),
  entry({
    key: 'my-tasks',
    label: 'menu.myTasks',
    icon: <ScheduleOutlined />,
    roles: ['officer'],
    path: '/inspections/tasks',
  }),
  entry({
    key: 'my-inspections',
    label: 'menu.myInspections',
    icon: <AuditOutlined />,
    roles: ['enterprise'],
    path: '/my-inspections',
  }),
  entry({
    key: 'catalog-items',
    label: 'menu.catalogItems',
    icon: <UnorderedListOutlined />,
    roles: ['dept_admin', 'admin', 'supervisor'],
    path: '/catalog/items',
  }),
  entry({
    key: 'scenarios',
    label: 'menu.scenarios',
    icon: <ClusterOutlined />,
    roles: ['dept_admin', 'admin', 'supervisor'],
    path: '/catalog/scenarios',
  }),
  entry({
    key: 'random-draws',
    label: 'menu.randomDraws',
    icon: <InteractionOutlined />,
    roles: ['dept_admin'],
    path: '/inspections/random-draws',
  }),
  entry({
    key: 'figures',
    label: 'menu.figures',
    icon: <BarChartOutlined />,
    roles: ['supervisor', 'admin', 'dept_admin'],
    path: '/figures',
  }),
  // Part B — supervision (云督办). The inbox supersedes the plain 监督预警 list and keeps its key and test id.
  entry({
    key: 'alerts',
    label: 'menu.supervisionInbox',
    icon: <AlertOutlined />,
    roles: ['supervisor', 'admin'],
    path: '/supervision/inbox',
  }),
  entry({
    key: 'supervision-cases',
    label: 'menu.supervisionCases',
    icon: <FileSearchOutlined />,
    roles: ['supervisor', 'admin'],
    path: '/supervision/cases',
  }),
  entry({
    key: 'supervision-todo',
    label: 'menu.supervisionTodo',
    icon: <FileDoneOutlined />,
    roles: ['dept_admin', 'officer'],
    path: '/supervision/todo',
  }),
  entry({
    key: 'supervision-dashboard',
    label: 'menu.supervisionDashboard',
    icon: <DashboardOutlined />,
    roles: ['supervisor', 'admin', 'dept_admin'],
    path: '/supervision/dashboard',
  }),
  entry({
    key: 'hotline',
    label: 'menu.hotline',
    icon: <PhoneOutlined />,
    roles: ['supervisor', 'admin'],
    path: '/supervision/hotline',
  }),
  entry({
    key: 'calendar',
    label: 'menu.calendar',
    icon: <CalendarOutlined />,
    roles: ['admin'],
    path: '/calendar',
  }),
  // System administration (issue 16 item 5): users and roles, API keys, the audit log.
  entry({
    key: 'users',
    label: 'menu.users',
    icon: <TeamOutlined />,
    roles: ['admin'],
    path: '/admin/users',
  }),
  entry({
    key: 'api-keys',
    label: 'menu.apiKeys',
    icon: <KeyOutlined />,
    roles: ['admin'],
    path: '/admin/api-keys',
  }),
  entry({
    key: 'audit-log',
    label: 'menu.auditLog',
    icon: <FileTextOutlined />,
    roles: ['admin', 'supervisor'],
    path: '/admin/audit',
  }),
  entry({
    key: 'jobs',
    label: 'menu.jobs',
    icon: <FieldTimeOutlined />,
    roles: ['admin'],
    path: '/admin/jobs',
  }),
  entry({
    key: 'outbox',
    label: 'menu.outbox',
    icon: <SendOutlined />,
    roles: ['admin'],
    path: '/admin/outbox',
  }),
  // Part C — credit repair (信用修复"无感申请").
  entry({
    key: 'checkups',
    label: 'menu.checkups',
    icon: <ExperimentOutlined />,
    roles: ['admin', 'expert', 'service_officer'],
    path: '/checkups',
  }),
  entry({
    key: 'checkup-figures',
    label: 'menu.checkupFigures',
    icon: <PieChartOutlined />,
    roles: ['admin', 'expert', 'service_officer'],
    path: '/checkups/figures',
  }),
  entry({
    key: 'my-checkups',
    label: 'menu.myCheckups',
    icon: <ExperimentOutlined />,
    roles: ['enterprise'],
    path: ownEnterprise('/my-checkups'),
  }),
  entry({
    key: 'my-credit',
    label: 'menu.myCredit',
    icon: <SafetyCertificateOutlined />,
    roles: ['enterprise'],
    path: ownEnterprise('/my-credit'),
  }),
  entry({
    key: 'credit-reviews',
    label: 'menu.creditReviews',
    icon: <FileProtectOutlined />,
    roles: ['credit_officer'],
    path: '/credit/reviews',
  }),
  entry({
    key: 'credit-penalties',
    label: 'menu.creditPenalties',
    icon: <ProfileOutlined />,
    roles: ['credit_officer'],
    path: '/credit/penalties',
  }),
  entry({
    key: 'credit-deliveries',
    label: 'menu.creditDeliveries',
    icon: <CloudSyncOutlined />,
    roles: ['credit_officer'],
    path: '/credit/deliveries',
  }),
  entry({
    key: 'credit-figures',
    label: 'menu.creditFigures',
    icon: <FundOutlined />,
    roles: ['credit_officer', 'admin', 'supervisor'],
    path: '/credit/figures',
  }),
  // Part G — revisits (回访把脉).
  entry({
    key: 'revisits',
    label: 'menu.revisits',
    icon: <FileSearchOutlined />,
    roles: ['supervisor'],
    path: '/revisits',
  }),
  entry({
    key: 'revisit-work',
    label: 'menu.revisitWork',
    icon: <PhoneOutlined />,
    roles: ['officer'],
    path: '/revisits/work',
  }),
  // Part D — drug regulation "supervision + service" (药监"监督+服务").
  entry({
    key: 'drug-licences',
    label: 'menu.drugLicences',
    icon: <MedicineBoxOutlined />,
    roles: ['officer', 'dept_admin', 'admin', 'supervisor'],
    path: '/drugs/licences',
  }),
  entry({
    key: 'drug-warnings',
    label: 'menu.drugWarnings',
    icon: <NotificationOutlined />,
    roles: ['officer', 'dept_admin', 'admin'],
    path: '/drugs/warnings',
  }),
  entry({
    key: 'drug-rectifications',
    label: 'menu.drugRectifications',
    icon: <ToolOutlined />,
    roles: ['officer', 'dept_admin', 'admin', 'supervisor'],
    path: '/drugs/rectifications',
  }),
  entry({
    key: 'drug-service',
    label: 'menu.drugService',
    icon: <CustomerServiceOutlined />,
    roles: ['officer', 'dept_admin'],
    path: '/drugs/service',
  }),
  entry({
    key: 'drug-decisions',
    label: 'menu.drugDecisions',
    icon: <SolutionOutlined />,
    roles: ['officer', 'dept_admin'],
    path: '/drugs/decisions',
  }),
  entry({
    key: 'drug-followups',
    label: 'menu.drugFollowups',
    icon: <FormOutlined />,
    roles: ['officer', 'dept_admin', 'admin', 'supervisor'],
    path: '/drugs/followups',
  }),
  entry({
    key: 'drug-cases',
    label: 'menu.drugCases',
    icon: <ReadOutlined />,
    roles: ['officer', 'dept_admin', 'admin', 'supervisor'],
    path: '/drugs/cases',
  }),
  entry({
    key: 'my-licences',
    label: 'menu.myLicences',
    icon: <MedicineBoxOutlined />,
    roles: ['enterprise'],
    path: ownEnterprise('/drugs/my-licences'),
  }),
  entry({
    key: 'my-rectifications',
    label: 'menu.myRectifications',
    icon: <ToolOutlined />,
    roles: ['enterprise'],
    path: ownEnterprise('/drugs/my-rectifications'),
  }),
  entry({
    key: 'my-forms',
    label: 'menu.myForms',
    icon: <FormOutlined />,
    roles: ['enterprise'],
    path: ownEnterprise('/drugs/my-forms'),
  }),
  // Part F — proof-free service (从"你向我证明"到"我为你证明").
  entry({
    key: 'proof-desk',
    label: 'menu.proofDesk',
    icon: <IdcardOutlined />,
    roles: ['service_officer'],
    path: '/proof-free/desk',
  }),
  entry({
    key: 'proof-assists',
    label: 'menu.proofAssists',
    icon: <InteractionOutlined />,
    roles: ['admin', 'supervisor', 'officer', 'dept_admin', 'credit_officer', 'service_officer'],
    path: '/proof-free/assists',
  }),
  entry({
    key: 'proof-commitments',
    label: 'menu.proofCommitments',
    icon: <FileDoneOutlined />,
    roles: ['admin', 'supervisor', 'dept_admin', 'service_officer', 'enterprise'],
    path: '/proof-free/commitments',
  }),
  entry({
    key: 'proof-catalog',
    label: 'menu.proofCatalog',
    icon: <FileProtectOutlined />,
    roles: ALL_BUT_ENTERPRISE,
    path: '/proof-free/catalog',
  }),
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
