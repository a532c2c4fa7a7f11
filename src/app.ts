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
import { userLinks } from './organisation/user-links.js';

/** The whole HTTP application over an open, migrated database. */
export async function buildApp(opts: {
  database: Database;
  config: Config;
  clock?: () => Date;
  logger?: boolean | object;
  quietRequests?: boolean;
}): Promise<{ app: App; deps: AppDeps }> {
  const clock = opts.clock ?? (() => new Date());
  const keyring = new Keyring(opts.database.db, opts.config.codeAlgorithm);
  await keyring.load(clock());
  const auditAnchor = fileAuditAnchor(opts.config.auditAnchorKeyFile);
  const changes = new ChangeFeed();
  const actorCache = new ActorCache();
  const scanCache = new ScanCache();
  changes.subscribe(actorCache);
  changes.subscribe(scanCache);
  const deps: AppDeps = { database: opts.database, config: opts.config, clock, keyring, auditAnchor, changes, actorCache, scanCache, userLinks };
  installParts();
  const app = await buildServer(deps, { routes: partRoutes(), logger: opts.logger, quietRequests: opts.quietRequests });
  await changes.start(opts.database);
  app.addHook('onClose', () => changes.stop());
  return { app, deps };
}
