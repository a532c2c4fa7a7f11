import type { Tx } from '../platform/db/client.js';
import type { DemoContext, DemoSeeder } from '../platform/parts/part.js';

export type { DemoContext, DemoSeeder } from '../platform/parts/part.js';

const seeders: DemoSeeder[] = [];

export function registerDemoSeeder(seeder: DemoSeeder): void {
  seeders.push(seeder);
}

export async function seedPartsDemo(tx: Tx, demo: DemoContext): Promise<void> {
  for (const s of seeders) await s(tx, demo);
}
