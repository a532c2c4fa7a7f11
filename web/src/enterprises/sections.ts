import type { Role } from '../auth/types';
import type { MessageKey } from '../i18n';
import type { SectionKey } from './types';

export interface SectionDef {
  key: SectionKey;
  label: MessageKey;
  /** The fields shown first, in this order (field.* titles); any other field of the rows follows. */
  columns: readonly string[];
  /** The roles that see the tab at all; omitted = every role (the API scopes the rows again). */
  roles?: readonly Role[];
}

/** The tabs of the enterprise file (一企一档), in display order. */
export const SECTIONS: readonly SectionDef[] = [
  {
    key: 'inspections',
    label: 'section.inspections',
    columns: ['code', 'kind', 'trigger', 'departments', 'items', 'window', 'officers', 'status', 'result'],
  },
  {
    key: 'penalties',
    label: 'section.penalties',
    columns: [
      'decisionNo',
      'authority',
      'department',
      'decisionDate',
      'kinds',
      'fineAmount',
      'severity',
      'publicity',
      'status',
    ],
  },
  {
    key: 'licences',
    label: 'section.licences',
    columns: ['kind', 'number', 'holder', 'validFrom', 'validUntil', 'status'],
  },
  {
    key: 'checkups',
    label: 'section.checkups',
    columns: ['appliedAt', 'channel', 'expert', 'liaison', 'visitDate', 'status', 'problemCount'],
    // Behind the check-up firewall: never shown to the roles that enforce (the API returns nothing to them).
    roles: ['admin', 'expert', 'service_officer', 'enterprise'],
  },
  {
    key: 'revisits',
    label: 'section.revisits',
    columns: ['revisitedAt', 'channel', 'team', 'satisfaction', 'status'],
  },
  {
    key: 'complaints',
    label: 'section.complaints',
    columns: ['receivedAt', 'source', 'ticketNo', 'category', 'content', 'status'],
  },
];
