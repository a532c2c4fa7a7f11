/**
 * Licences of the drug register (D2) for enterprises of the industries drug regulation licenses — pharmacies
 * (药品经营 零售, some 批发), medical-device firms (经营, some 生产) and cosmetics makers — written when the drugs
 * part's tables exist. A licence runs five years; its expiry day is spread evenly from 200 days ago to about 4.5
 * years ahead, so about a tenth of the licences is inside the 180-day reminder window on the generation day. An
 * expired one was mostly renewed (status `renewed`), sometimes cancelled, and some lapsed (still `valid`). Numbers
 * are unique per kind by construction (enterprise index and sequence); each gets its `drug_licence_number` row.
 */
import type { Random } from '../../src/platform/demo/random.js';
import type { GenEnterprise } from './enterprises.js';
import { DAY_MS, HOUR_MS, TAG, chinaDay, idOf, line, weighted } from './lib.js';

export const LICENCE_COLUMNS = [
  'enterprise_id',
  'id',
  'holder_uscc',
  'kind',
  'number',
  'scope',
  'issuing_department_id',
  'valid_from',
  'valid_until',
  'status',
  'status_changed_at',
  'source',
  'created_at',
  'updated_at',
] as const;
export const LICENCE_NUMBER_COLUMNS = ['kind', 'number', 'enterprise_id', 'licence_id'] as const;

/** Industries drug regulation licenses, and the kinds (with weights) their licences are of. */
export const LICENSED_INDUSTRIES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  pharmacy: [
    ['drug-retail', 9],
    ['drug-wholesale', 1],
  ],
  'medical-devices': [
    ['medical-device-operation', 7],
    ['medical-device-production', 3],
  ],
  cosmetics: [['cosmetics-production', 1]],
};
const PREFIX: Record<string, string> = {
  'drug-retail': '皖AA',
  'drug-wholesale': '皖AB',
  'drug-manufacturing': '皖',
  'medical-device-operation': '皖药监械经营许',
  'medical-device-production': '皖食药监械生产许',
  'cosmetics-production': '皖妆',
};
const SCOPE: Record<string, string> = {
  'drug-retail': '处方药、甲类非处方药、乙类非处方药：中成药、化学药制剂、抗生素制剂、生化药品',
  'drug-wholesale': '中成药、化学药制剂、抗生素制剂、生化药品（批发）',
  'medical-device-operation': '第三类医疗器械：6815 注射穿刺器械、6866 医用高分子材料及制品',
  'medical-device-production': '第二类医疗器械生产',
  'cosmetics-production': '一般液态单元（护发清洁类、护肤水类）',
};
export const LICENCE_YEARS = 5;
/** Expiry days run from this many days before the generation day … */
export const EXPIRY_FROM_DAYS = -200;
/** … over this many days. */
export const EXPIRY_SPAN_DAYS = LICENCE_YEARS * 365;

export interface LicenceRow {
  id: string;
  kind: string;
  number: string;
  validFrom: string;
  validUntil: string;
  status: 'valid' | 'renewed' | 'cancelled';
}

/** The licences of one enterprise (pure: the same seed gives the same rows). */
export function licencesOf(
  nowMs: number,
  e: Pick<GenEnterprise, 'index' | 'industry'>,
  count: number,
  rng: Random,
): LicenceRow[] {
  const kinds = LICENSED_INDUSTRIES[e.industry];
  if (!kinds || count <= 0) return [];
  const out: LicenceRow[] = [];
  for (let j = 0; j < count; j++) {
    const kind = weighted(rng, kinds);
    const untilMs = nowMs + (EXPIRY_FROM_DAYS + rng.int(0, EXPIRY_SPAN_DAYS - 1)) * DAY_MS;
    const validUntil = chinaDay(untilMs);
    const validFrom = chinaDay(untilMs - (LICENCE_YEARS * 365 - 1) * DAY_MS);
    const expired = validUntil < chinaDay(nowMs);
    const roll = rng.next();
    const status = !expired ? 'valid' : roll < 0.8 ? 'renewed' : roll < 0.9 ? 'cancelled' : 'valid';
    out.push({
      id: idOf(untilMs - LICENCE_YEARS * 365 * DAY_MS + rng.int(0, 23) * HOUR_MS, TAG.licence, e.index, j),
      kind,
      number: `${PREFIX[kind] ?? '皖'}${validFrom.slice(0, 4)}${String(e.index).padStart(8, '0')}${j > 0 ? `-${j}` : ''}`,
      validFrom,
      validUntil,
      status,
    });
  }
  return out;
}

export interface LicenceSink {
  licence(l: string): void;
  licenceNumber(l: string): void;
}

export function writeLicences(
  nowMs: number,
  issuingDepartmentId: string | null,
  e: GenEnterprise,
  enterpriseId: string,
  count: number,
  rng: Random,
  sink: LicenceSink,
): number {
  const rows = licencesOf(nowMs, e, count, rng);
  for (const l of rows) {
    const created = new Date(Date.parse(`${l.validFrom}T09:00:00+08:00`)).toISOString();
    const changed =
      l.status === 'valid'
        ? null
        : new Date(Date.parse(`${l.validUntil}T09:00:00+08:00`) - 30 * DAY_MS).toISOString();
    sink.licence(
      line([
        enterpriseId,
        l.id,
        e.uscc,
        l.kind,
        l.number,
        SCOPE[l.kind] ?? null,
        issuingDepartmentId,
        l.validFrom,
        l.validUntil,
        l.status,
        changed,
        'import',
        created,
        changed ?? created,
      ]),
    );
    sink.licenceNumber(line([l.kind, l.number, enterpriseId, l.id]));
  }
  return rows.length;
}
