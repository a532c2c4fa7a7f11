import type { AppDeps } from '../platform/http/types.js';
import { signCode } from '../codes/index.js';
import { contentDigest, type BoundContent } from '../codes/index.js';

/** A5 — the signed code text binding the visit's enterprise, window, departments, items, officers, approver. */
export async function signInspectionCode(
  deps: AppDeps,
  v: { id: string; codeVersion: number; uscc: string; window: { start: Date; end: Date }; content: BoundContent },
): Promise<string> {
  return signCode(deps.keyring.signer(), {
    inspectionId: v.id,
    codeVersion: v.codeVersion,
    uscc: v.uscc,
    windowStart: v.window.start,
    windowEnd: v.window.end,
    digest: contentDigest(v.content),
  });
}
