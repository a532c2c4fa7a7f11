/**
 * The boundary lint (eslint.config.js, eslint-plugin-boundaries, run by `npm run lint` in CI) refuses the arrows
 * docs/ARCHITECTURE.md forbids. Each case lints a few lines as if they were a file inside src/ and expects the
 * boundary error — or none, for the doors that stay open.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The boundary errors ESLint reports for `code` placed at `file` (relative to the repository). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

/**
 * One line placed in a file (relative to the repository) and what the lint must say of it: `passed` (no boundary
 * error), `refused` (some), or the one boundary error it must report, by a part of its message.
 */
type Verdict = 'passed' | 'refused' | { error: string };

describe('boundaries between the platform, the parts and the application', () => {
  it.each<[file: string, line: string, verdict: Verdict]>([
    // the platform importing a part (its tables, its services, its types) fails
    ['src/platform/db/fixture.ts', "export { enterprises } from '../../enterprises/schema.js';", { error: '"platform" to elements of type "part"' }],
    ['src/platform/http/fixture.ts', "export type { Keyring } from '../../codes/keyring.js';", 'refused'],
    ['src/platform/fixture.ts', "export { seedDemo } from '../demo/seed.js';", 'refused'],
    // a part importing the application level (the demo, the list of parts, the app) fails
    ['src/credit/fixture.ts', "export { DEMO_DEPARTMENTS } from '../demo/departments.js';", { error: 'part="credit" to elements of type "app"' }],
    ['src/catalog/fixture.ts', "export { parts } from '../parts.js';", 'refused'],
    ['src/hotline/fixture.ts', "export { buildApp } from '../app.js';", 'refused'],
    // a part reaching into another part’s files fails; its public face (index.ts) and its tables pass
    [
      'src/codes/fixture.ts',
      "export { scanCode } from '../inspections/scan-code.js';",
      { error: 'part="codes" to elements of type "part" and captured values: part="inspections"' },
    ],
    ['src/credit/rules/fixture.ts', "export { industryName } from '../../enterprises/industries.js';", 'refused'],
    ['src/codes/fixture.ts', "export { scanCode } from '../inspections/index.js';", 'passed'],
    ['src/hotline/fixture.ts', "export { signals } from '../supervision/schema.js';", 'passed'],
    ['src/hotline/fixture.ts', "export { inspectionDayFigures } from '../inspections/figures-schema.js';", 'passed'],
    ['src/credit/rules/fixture.ts', "export { creditRuleSets } from '../schema.js';", 'passed'],
    // the platform importing itself and a part importing the platform pass
    ['src/platform/http/fixture.ts', "export { AppError } from '../errors/app-error.js';", 'passed'],
    ['src/credit/fixture.ts', "export { cellText } from '../platform/sheets/cells.js';", 'passed'],
  ])('%s: %s → %j', async (file, line, verdict) => {
    const errors = await boundaryErrors(file, `${line}\n`);
    if (verdict === 'passed') expect(errors).toEqual([]);
    else if (verdict === 'refused') expect(errors).not.toEqual([]);
    else expect(errors).toEqual([expect.stringContaining(verdict.error)]);
  }, 120_000);
});
