import type { Locale } from '../platform/i18n/locale.js';
import { translate } from '../platform/i18n/messages.js';
import type { notifications } from './schema.js';

/** One notification as the API answers it: its text in the caller's language. */
export const presentNotification = (n: typeof notifications.$inferSelect, locale: Locale) => ({
  id: n.id,
  kind: n.kind,
  text: translate(locale, `notify.${n.kind}`, n.params),
  params: n.params,
  targetType: n.targetType,
  targetId: n.targetId,
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});
