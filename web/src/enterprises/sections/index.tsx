import type { ReactNode } from 'react';
import type { Role } from '../../auth/types';
import type { MessageKey } from '../../i18n';
import { CheckupsSection } from './CheckupsSection';
import { ComplaintsSection } from './ComplaintsSection';
import { InspectionsSection } from './InspectionsSection';
import { LicencesSection } from './LicencesSection';
import { PenaltiesSection } from './PenaltiesSection';
import { SupervisionSection } from './SupervisionSection';
import type { SectionKey, Sections } from './types';

export interface SectionDef {
  /** The section's name in the API's `sections` (registered by a part on the server). */
  key: SectionKey;
  label: MessageKey;
  /** The section's presenter: its own columns, titles from the dictionaries, enumerated values named. */
  render: (rows: readonly unknown[]) => ReactNode;
  /** The roles that see the tab at all; omitted = every role the API sends the section to. */
  roles?: readonly Role[];
}

/** A tab whose presenter takes its section's generated row type. */
function section<K extends SectionKey>(def: Omit<SectionDef, 'key' | 'render'> & { key: K; render: (rows: Sections[K]) => ReactNode }): SectionDef {
  return { ...def, render: (rows) => def.render(rows as Sections[K]) };
}

/**
 * The tabs of the enterprise file (一企一档), in display order: one presenter per section. A section the API does
 * not send (the caller may not see it, or no part registers it) has no tab; one the API sends but no presenter
 * here knows is not shown — a part that adds a section adds its presenter here.
 */
export const SECTIONS: readonly SectionDef[] = [
  section({ key: 'inspections', label: 'section.inspections', render: (rows) => <InspectionsSection rows={rows} /> }),
  section({ key: 'penalties', label: 'section.penalties', render: (rows) => <PenaltiesSection rows={rows} /> }),
  section({ key: 'licences', label: 'section.licences', render: (rows) => <LicencesSection rows={rows} /> }),
  section({
    key: 'checkups',
    label: 'section.checkups',
    render: (rows) => <CheckupsSection rows={rows} />,
    // Behind the check-up firewall: never shown to the roles that enforce (the API returns nothing to them).
    roles: ['admin', 'expert', 'service_officer', 'enterprise'],
  }),
  section({ key: 'complaints', label: 'section.complaints', render: (rows) => <ComplaintsSection rows={rows} /> }),
  section({
    key: 'supervision',
    label: 'section.supervision',
    render: (rows) => <SupervisionSection rows={rows} />,
    // The server sends an enterprise none (cases are between the supervisor and departments): staff only.
    roles: ['admin', 'supervisor', 'officer', 'dept_admin', 'credit_officer', 'service_officer', 'expert'],
  }),
];
