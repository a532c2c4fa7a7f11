import { hashPassword } from '../../src/platform/auth/password.js';
import { users, type Role } from '../../src/platform/auth/schema.js';
import { newId } from '../../src/platform/db/ids.js';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD, testApp, type TestApp } from './app.js';

/** Accounts on an unseeded test app, each `[username, role]` shown under its username, signing in with `password`. */
export async function addAccounts(t: TestApp, accounts: [string, Role][], password = DEMO_PASSWORD): Promise<void> {
  const passwordHash = await hashPassword(password);
  await t.database.db.insert(users).values(
    accounts.map(([username, role]) => ({
      id: newId(),
      username,
      passwordHash,
      displayName: username,
      role,
      createdAt: t.clock.now,
    })),
  );
}

/**
 * The test file's app for an administration screen: unseeded (the demo city's seed would only slow such tests
 * down) with an administrator and an officer, opened before the file's tests and closed after them. `t` and
 * `admin` (the administrator's cookie) are there once the file's `beforeAll` has run.
 */
export function adminScreenApp(): { t: TestApp; admin: string } {
  const file = {} as { t: TestApp; admin: string };
  beforeAll(async () => {
    file.t = await testApp({ seed: false });
    await addAccounts(file.t, [
      ['admin', 'admin'],
      ['officer1', 'officer'],
    ]);
    file.admin = await file.t.login('admin');
  });
  afterAll(async () => {
    await file.t?.close();
  });
  return file;
}
