import { z } from 'zod';
import { checkUscc } from '../identifiers/index.js';
import { AppError } from '../platform/errors/app-error.js';
import { INDUSTRY_CODES } from './industries.js';
import { usccReason } from './uscc-reason.js';

export const enterpriseInput = z.object({
  uscc: z.string().trim().min(1).max(32),
  name: z.string().trim().min(2).max(200),
  legalRepresentative: z.string().trim().min(1).max(100),
  address: z.string().trim().min(2).max(300),
  divisionCode: z.string().regex(/^\d{6}$/),
  industry: z.enum(INDUSTRY_CODES),
  aboveDesignatedSize: z.boolean().default(false),
  status: z.enum(['active', 'deregistered', 'revoked']).default('active'),
  registeredOn: z.iso.date().optional(),
  phone: z.string().trim().max(40).optional(),
});
export type EnterpriseInput = z.infer<typeof enterpriseInput>;

/**
 * The USCC to store: normalised and check-digit valid, or accepted by an audited administrator override
 * (some real codes fail the check). Throws 422 `invalid-uscc` with the precise position otherwise.
 */
export function acceptedUscc(raw: string, locale: 'zh-CN' | 'en-US', override?: { reason: string }): { uscc: string; override: boolean } {
  const check = checkUscc(raw);
  if (check.ok) return { uscc: check.uscc, override: false };
  const normalised = raw.trim().toUpperCase();
  const structurallyWrong = ['empty', 'length', 'character'].includes(check.reason);
  if (override && !structurallyWrong) {
    if (override.reason.trim().length < 2) throw new AppError(422, 'override-reason-required');
    return { uscc: normalised, override: true };
  }
  throw new AppError(422, 'invalid-uscc', { reason: usccReason(check, locale) }, {
    reason: check.reason,
    position: check.position,
    expected: check.expected,
    found: check.found,
  });
}
