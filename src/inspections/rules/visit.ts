/**
 * A3/A4/A9 and every part A figure — what counts as a visit (入企检查): a code that is not revoked and whose window
 * has started. A revoked code never was a visit; a code whose window lies ahead is not one yet. The figures
 * (part A and the supervision dashboard) count by this, and so do the frequency rules. Pure.
 */
import type { Instants } from './figure-range.js';

export function isVisit(i: { status: string; windowStart: Date }, now: Date): boolean {
  return i.status !== 'revoked' && i.windowStart.getTime() < now.getTime();
}

/** The part of a figures range whose codes can be visits by `now`: it ends at `now` at the latest. */
export function visitRange(range: Instants, now: Date): Instants {
  return { ...range, to: range.to && range.to.getTime() < now.getTime() ? range.to : now };
}

/**
 * A4 — the share of visits the joint inspections saved, as the seed reckons it (5133 avoided of 3453 joint visits
 * made + 5133 = 59.8% fewer): avoided ÷ (joint visits made + avoided); null when there was no joint visit.
 */
export function visitReduction(jointVisits: number, avoided: number): number | null {
  return jointVisits + avoided > 0 ? avoided / (jointVisits + avoided) : null;
}
