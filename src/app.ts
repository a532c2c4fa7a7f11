import type { Config } from './platform/config/config.js';
import type { Database } from './platform/db/client.js';
import { buildServer } from './platform/http/server.js';
import type { App, AppDeps } from './platform/http/types.js';
import { Keyring } from './codes/keyring.js';
import { fileAuditAnchor } from './platform/audit/anchor-file.js';
import { installParts, partRoutes } from './parts.js';
import { ChangeFeed } from './platform/changes/change-feed.js';
import { ActorCache } from './platform/auth/actor-cache.js';
import { ScanCache } from './inspections/scan-cache.js';
import { IssuanceCatalog } from './inspections/issuance-catalog.js';
import { userLinks } from './organisation/user-links.js';

/** The whole HTTP application over an open, migrated database. */
export async function buildApp(opts: {
  database: Database;
  config: Config;
  clock?: () => Date;
  logger?: boolean | object;
  quietRequests?: boolean;
}): Promise<{ app: App; deps: AppDeps }> {
  const deps = await buildDeps(opts);
  const app = await buildServer(deps, { routes: partRoutes(), logger: opts.logger, quietRequests: opts.quietRequests });
  await deps.changes.start(opts.database);
  app.addHook('onClose', () => deps.changes.stop());
  return { app, deps };
}

/**
 * What every operation is given (the database, the code keyring, the audit anchor, the caches the change feed
 * keeps true), with the parts installed — for the HTTP application and for the background workers' thread
 * (src/background-thread.ts). The change feed is not started here.
 */
export async function buildDeps(opts: { database: Database; config: Config; clock?: () => Date }): Promise<AppDeps> {
  const clock = opts.clock ?? (() => new Date());
  const keyring = new Keyring(opts.database.db, opts.config.codeAlgorithm);
  await keyring.load(clock());
  const auditAnchor = fileAuditAnchor(opts.config.auditAnchorKeyFile);
  const changes = new ChangeFeed();
  const actorCache = new ActorCache();
  const scanCache = new ScanCache();
  const issuanceCatalog = new IssuanceCatalog();
  changes.subscribe(actorCache);
  changes.subscribe(scanCache);
  changes.subscribe(issuanceCatalog);
  installParts();
  return { database: opts.database, config: opts.config, clock, keyring, auditAnchor, changes, actorCache, scanCache, issuanceCatalog, userLinks };
}
