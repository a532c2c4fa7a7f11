/**
 * A product part as the application sees it: one object that lists everything the part brings. `src/parts.ts`
 * is the list of parts; the server, the workers, the demo seed and the tests read that list, and nothing
 * registers itself by being imported. `src/platform/` never imports a part — parts import the platform.
 */
import type { z } from 'zod';
import type { RegisterRoutes } from '../http/types.js';
import type { JobDefinitionInput } from '../jobs/define-job.js';
import type { Deliverer, DelivererOptions } from '../outbox/deliverers.js';
import type { Db, Tx } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import type { DataClassSpec } from '../policy/firewall.js';
import type { Random } from '../demo/random.js';

/** The seeded random source of the demo (src/platform/demo/random.ts). */
export type DemoRandom = Random;

export type Message = { 'zh-CN': string; 'en-US': string };

/** What a demo seeder is given (the demo city's departments and enterprises, a seeded random source). */
export interface DemoContext {
  now: Date;
  rng: DemoRandom;
  /** Department id by demo department code (WH-SCJG …). */
  deptIds: Map<string, string>;
  enterprises: { id: string; uscc: string; industry: string; divisionCode: string; name: string }[];
  /** Seed a history of past activity (inspections, cases …); tests that count exactly turn it off. */
  history: boolean;
}

/** A part's demo data, written in the seed transaction, in the order of `src/parts.ts`. */
export type DemoSeeder = (tx: Tx, demo: DemoContext) => Promise<void>;

/**
 * 一企一档 — a section of the enterprise file: the shape of its rows (documented in the OpenAPI answer of
 * `getEnterpriseFile`, so clients are generated from it) and its loader. The loader receives the caller's
 * context and applies its own part's policy (e.g. the check-up firewall returns nothing to enforcement roles).
 */
export interface FileSection {
  row: z.ZodType;
  load: (db: Db, ctx: Ctx, enterpriseId: string) => Promise<unknown[]>;
}

/** A section whose loader is checked against its row schema at compile time. */
export function fileSection<S extends z.ZodType>(row: S, load: (db: Db, ctx: Ctx, enterpriseId: string) => Promise<z.input<S>[]>): FileSection {
  return { row, load };
}

export interface OutboxDelivererSpec {
  topic: string;
  deliver: Deliverer;
  options?: DelivererOptions;
}

export interface Part {
  /** Folder name under src/ (e.g. `licences`). */
  name: string;
  routes?: RegisterRoutes;
  jobs?: JobDefinitionInput[];
  deliverers?: OutboxDelivererSpec[];
  seeders?: DemoSeeder[];
  /** Error and notice texts by stable code. */
  messages?: Record<string, Message>;
  /** Enterprise-file sections by name (`licences`, `checkups` …). */
  fileSections?: Record<string, FileSection>;
  /** Data classes behind the firewall (src/platform/policy/firewall.ts), e.g. `checkup`. */
  dataClasses?: Record<string, DataClassSpec>;
}

export const definePart = (part: Part): Part => part;
