/** The door of each supervision route; the roles are those of `access.ts` (which also scopes the rows). */
import { routePolicy } from '../platform/policy/route-policy.js';
import { CASE_ANSWERERS, CASE_READERS, INBOX_READERS, SUPERVISORS } from './access.js';

export const supervisionPolicies = {
  alerts: routePolicy('supervision.alerts', { roles: INBOX_READERS }),
  signals: routePolicy('supervision.signals', { roles: INBOX_READERS }),
  countSignals: routePolicy('supervision.count-signals', { roles: INBOX_READERS }),
  dismissSignals: routePolicy('supervision.dismiss-signals', { roles: SUPERVISORS }),
  openCases: routePolicy('supervision.open-cases', { roles: SUPERVISORS }),
  listCases: routePolicy('supervision.list-cases', { roles: CASE_READERS }),
  openCase: routePolicy('supervision.open-case', { roles: SUPERVISORS }),
  getCase: routePolicy('supervision.get-case', { roles: CASE_READERS }),
  answerCase: routePolicy('supervision.answer-case', { roles: CASE_ANSWERERS }),
  returnCase: routePolicy('supervision.return-case', { roles: SUPERVISORS }),
  closeCase: routePolicy('supervision.close-case', { roles: SUPERVISORS }),
  caseFile: routePolicy('supervision.case-file', { roles: CASE_READERS }),
  figures: routePolicy('supervision.figures', { roles: CASE_READERS }),
  exportFigures: routePolicy('supervision.export-figures', { roles: CASE_READERS }),
};
