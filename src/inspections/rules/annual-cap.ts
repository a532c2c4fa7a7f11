/**
 * RULES.md — each agency may publish an annual cap of inspections per enterprise; case-triggered inspections
 * (complaints, referrals, enterprise requests, non-site leads) are exempt. `cap` null = no cap (the default).
 */
export function annualCapReached(kind: 'planned' | 'triggered', plannedThisYear: number, cap: number | null): boolean {
  if (cap === null || kind === 'triggered') return false;
  return plannedThisYear >= cap;
}
