/**
 * Later checks of commitments (告知承诺, 国办发〔2020〕42号): a share of the signed commitments is drawn at random —
 * seeded, so the same seed over the same commitments draws the same ones, and the round is recorded. The ratio
 * is a default of the rule set, configurable per round.
 */
import { drawRandom } from '../../inspections/index.js';

export const SPOT_CHECK_RULES = {
  version: '2026-1',
  source: '国办发〔2020〕42号《关于全面推行证明事项告知承诺制的指导意见》: 事中事后核查',
  /** Share of signed, unchecked commitments drawn in a round (rounded up). */
  defaultRatio: 0.2,
} as const;

/** The drawn commitments' keys (`enterpriseId:id`), reproducible from the seed. */
export function drawCommitments(keys: readonly string[], ratio: number, seed: number): string[] {
  return drawRandom({
    seed: `commitments:${seed}`,
    population: [...keys],
    size: { ratio },
    officers: [],
    officersPerVisit: 0,
  }).enterpriseIds;
}
