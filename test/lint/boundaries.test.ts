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

describe('boundaries between the platform, the parts and the application', () => {
  it('fails the platform importing a part (its tables, its services, its types)', async () => {
    expect(await boundaryErrors('src/platform/db/fixture.ts', "export { enterprises } from '../../enterprises/schema.js';\n")).toEqual([
      expect.stringContaining('"platform" to elements of type "part"'),
    ]);
    expect(await boundaryErrors('src/platform/http/fixture.ts', "export type { Keyring } from '../../codes/keyring.js';\n")).not.toEqual([]);
    expect(await boundaryErrors('src/platform/fixture.ts', "export { seedDemo } from '../demo/seed.js';\n")).not.toEqual([]);
  }, 120_000);

  it('fails a part importing the application level: the demo, the list of parts, the app', async () => {
    expect(await boundaryErrors('src/credit/fixture.ts', "export { DEMO_DEPARTMENTS } from '../demo/departments.js';\n")).toEqual([
      expect.stringContaining('part="credit" to elements of type "app"'),
    ]);
    expect(await boundaryErrors('src/catalog/fixture.ts', "export { parts } from '../parts.js';\n")).not.toEqual([]);
    expect(await boundaryErrors('src/hotline/fixture.ts', "export { buildApp } from '../app.js';\n")).not.toEqual([]);
  }, 120_000);

  it('fails a part reaching into another part’s files; passes its public face (index.ts) and its tables', async () => {
    expect(await boundaryErrors('src/codes/fixture.ts', "export { scanCode } from '../inspections/scan-code.js';\n")).toEqual([
      expect.stringContaining('part="codes" to elements of type "part" and captured values: part="inspections"'),
    ]);
    expect(await boundaryErrors('src/credit/rules/fixture.ts', "export { industryName } from '../../enterprises/industries.js';\n")).not.toEqual([]);
    expect(await boundaryErrors('src/codes/fixture.ts', "export { scanCode } from '../inspections/index.js';\n")).toEqual([]);
    expect(await boundaryErrors('src/hotline/fixture.ts', "export { signals } from '../supervision/schema.js';\n")).toEqual([]);
    expect(await boundaryErrors('src/hotline/fixture.ts', "export { inspectionDayFigures } from '../inspections/figures-schema.js';\n")).toEqual([]);
    expect(await boundaryErrors('src/credit/rules/fixture.ts', "export { creditRuleSets } from '../schema.js';\n")).toEqual([]);
  }, 120_000);

  it('passes the platform importing itself and a part importing the platform', async () => {
    expect(await boundaryErrors('src/platform/http/fixture.ts', "export { AppError } from '../errors/app-error.js';\n")).toEqual([]);
    expect(await boundaryErrors('src/credit/fixture.ts', "export { cellText } from '../platform/sheets/cells.js';\n")).toEqual([]);
  }, 120_000);
});
