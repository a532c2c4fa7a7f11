import { allOf, type Answer, type Item } from '../api/typed';

// Shapes of the checkups API (src/checkups/*): 入企体检 as generated.
/** GET /api/checkups/invitations item. */
export type InvitationRow = Item<'listCheckupInvitations'>;
export type Channel = InvitationRow['channel'];
export type CheckupStatus = InvitationRow['status'];
export const CHANNELS = allOf<Channel>()(['phone', 'wechat', 'letter', 'online']);
export const CHECKUP_STATUSES = allOf<CheckupStatus>()(['received', 'scheduled', 'visited', 'rectifying', 'closed']);

/** GET /api/checkups/invitations/{id}: the invitation with its checklist, findings, contacts and report. */
export type InvitationDetail = Answer<'getCheckupInvitation'>;
export type Finding = InvitationDetail['findings'][number];
export type FindingStatus = Finding['status'];

/** GET /api/checkups/experts: the experts (with their load) and the liaisons one can assign. */
export type Pool = Answer<'listCheckupExperts'>;

/** The five counts the roles that enforce may read (GET /api/figures/checkups). */
export type CheckupCounts = Answer<'getCheckupCounts'>;

/** GET /api/checkups/figures */
export type CheckupFigures = Answer<'getCheckupFigures'>;
/** The age buckets of open problems, youngest first. */
export const AGES = allOf<keyof CheckupFigures['openByAge']>()(['d0-30', 'd31-90', 'd91-180', 'd181+']);
