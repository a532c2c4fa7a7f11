export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks the caller's language from Accept-Language; Chinese unless English is preferred. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en-US';
  }
  return 'zh-CN';
}

/**
 * The most characters of one placeholder's value in a message: values may come from what a caller sent (an
 * import's cell), and a message must never grow with the input (issue #10 item 9: a 10 MB cell came back in a
 * 10 MB error).
 */
export const MAX_PARAM_CHARS = 200;

const bounded = (v: unknown): string => {
  const s = String(v);
  return s.length > MAX_PARAM_CHARS ? `${s.slice(0, MAX_PARAM_CHARS - 1)}…` : s;
};

/** Fills `{name}` placeholders, each value cut to {@link MAX_PARAM_CHARS}. */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? bounded(params[key]) : whole));
}
