// Module hooks for a deliberately broken build (chaos harness only): with QINQING_CHAOS_FAULT=skip-frequency-check
// the A3 rule module is replaced by one that never finds a conflicting planned code.
const FAULTS = {
  'skip-frequency-check': {
    match: /\/inspections\/rules\/planned-frequency\.(js|ts)$/,
    source: 'export function plannedCodeConflict() { return null; }\n',
  },
};

let fault;

export async function initialize(data) {
  fault = FAULTS[data?.fault];
}

export async function load(url, context, nextLoad) {
  if (fault && fault.match.test(new URL(url).pathname)) return { format: 'module', source: fault.source, shortCircuit: true };
  return nextLoad(url, context);
}
