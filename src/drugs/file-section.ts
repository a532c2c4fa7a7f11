/**
 * H1 — the enterprise file's `licences` section: each licence with its reminders (the enterprise sees its own
 * file only; the enterprise file's route checks that before any section loads).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { FileSectionLoader } from '../platform/parts/part.js';
import { licenceReminders, licences } from './schema.js';
import { presentLicence } from './list-licences.js';

export const licencesSection: FileSectionLoader = async (db, _ctx, enterpriseId) => {
  const found = await db.select().from(licences).where(eq(licences.enterpriseId, enterpriseId)).orderBy(asc(licences.validUntil));
  const reminders = await db
    .select()
    .from(licenceReminders)
    .where(and(eq(licenceReminders.enterpriseId, enterpriseId)))
    .orderBy(asc(licenceReminders.sentAt));
  return found.map((l) => ({
    ...presentLicence(l),
    reminders: reminders
      .filter((r) => r.licenceId === l.id)
      .map((r) => ({ windowDays: r.windowDays, sentAt: r.sentAt.toISOString(), applyBy: r.applyBy })),
  }));
};
