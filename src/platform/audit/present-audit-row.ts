import type { auditLog } from './schema.js';

type AuditRowOut = typeof auditLog.$inferSelect;
export const presentAuditRow = (r: AuditRowOut) => ({
  id: r.id,
  at: r.at.toISOString(),
  actorType: r.actorType,
  actorId: r.actorId,
  actorName: r.actorName,
  role: r.role,
  action: r.action,
  targetType: r.targetType,
  targetId: r.targetId,
  enterpriseId: r.enterpriseId,
  requestId: r.requestId,
  outcome: r.outcome,
  detail: r.detail,
  ip: r.ip,
  seq: r.seq,
  prevHash: r.prevHash,
  hash: r.hash,
  sealed: r.seq !== null,
});

