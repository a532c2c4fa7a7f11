import type { Tx } from '../platform/db/client.js';
import type { Random } from './data/random.js';

export interface DemoContext {
  now: Date;
  rng: Random;
  /** Department id by demo department code (WH-SCJG …). */
  deptIds: Map<string, string>;
  enterprises: { id: string; uscc: string; industry: string; divisionCode: string; name: string }[];
  /** Seed a history of past activity (inspections, cases …); tests that count exactly turn it off. */
  history: boolean;
}

/** Each part adds its demo data here (catalog items, inspections, penalty records …), in the seed transaction. */
export type DemoSeeder = (tx: Tx, demo: DemoContext) => Promise<void>;

const seeders: DemoSeeder[] = [];

export function registerDemoSeeder(seeder: DemoSeeder): void {
  seeders.push(seeder);
}

export async function seedPartsDemo(tx: Tx, demo: DemoContext): Promise<void> {
  for (const s of seeders) await s(tx, demo);
}
