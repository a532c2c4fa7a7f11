import type { Translate } from '../i18n';
import type { Inspection } from './types';

/** 计划内, or 触发式 · 投诉举报 (the trigger named). */
export function kindText(i: Pick<Inspection, 'kind' | 'trigger'>, t: Translate): string {
  const kind = t(`value.${i.kind}`);
  return i.kind === 'triggered' && i.trigger ? `${kind} · ${t(`value.${i.trigger}`)}` : kind;
}
