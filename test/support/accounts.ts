import { hashPassword } from '../../src/platform/auth/password.js';
import { users, type Role } from '../../src/platform/auth/schema.js';
import { newId } from '../../src/platform/db/ids.js';
import { DEMO_PASSWORD, type TestApp } from './app.js';

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
