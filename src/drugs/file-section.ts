/**
 * H1 — the enterprise file's `licences` section: each licence (kind named in the reader's language) with the
 * expiry reminders sent for it (the enterprise sees its own file only; the file's route checks that first).
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { fileSection } from '../platform/parts/part.js';
import { licenceReminders, licences } from './schema.js';
import { loadKinds } from './licence-kinds.js';
import { licenceTermFields } from './licence-term.js';

/** A row of the `licences` section. */
export const licenceFileRow = z.object({
  id: z.string(),
  kind: z.object({ code: z.string(), name: z.string() }).describe('The licence kind, named in the reader’s language'),
  number: z.string(),
  holder: z.string().describe('The holder’s USCC'),
  ...licenceTermFields,
  reminders: z.array(z.object({ windowDays: z.number().int(), sentAt: z.string(), applyBy: z.string(), title: z.string() })),
});

export const licencesSection = fileSection(licenceFileRow, async (db, ctx, enterpriseId) => {
  const zh = ctx.locale === 'zh-CN';
  const found = await db.select().from(licences).where(eq(licences.enterpriseId, enterpriseId)).orderBy(asc(licences.validUntil));
  if (found.length === 0) return [];
  const kinds = await loadKinds(db);
  const reminders = await db.select().from(licenceReminders).where(eq(licenceReminders.enterpriseId, enterpriseId)).orderBy(asc(licenceReminders.sentAt));
  return found.map((l) => {
    const k = kinds.find((x) => x.code === l.kind);
    return {
      id: l.id,
      kind: { code: l.kind, name: k ? (zh ? k.nameZh : k.nameEn) : l.kind },
      number: l.number,
      holder: l.holderUscc,
      validFrom: l.validFrom,
      validUntil: l.validUntil,
      status: l.status,
      scope: l.scope,
      reminders: reminders
        .filter((r) => r.licenceId === l.id)
        .map((r) => ({
          windowDays: r.windowDays,
          sentAt: r.sentAt.toISOString(),
          applyBy: r.applyBy,
          title: zh ? `${r.windowDays} 天到期提醒（请于 ${r.applyBy} 前申请延续）` : `${r.windowDays}-day reminder (apply by ${r.applyBy})`,
        })),
    };
  });
});
