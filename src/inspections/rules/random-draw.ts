import { createHash } from 'node:crypto';

/**
 * 双随机 — a reproducible draw: the same seed, population and officer list always give the same enterprises and
 * officer pairs. The PRNG is sfc32 seeded from SHA-256 of the seed text.
 */
export function seededRandom(seed: string): () => number {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export interface DrawInput {
  seed: string;
  /** Enterprise ids of the directory (名录库) after the filter; order does not matter (sorted inside). */
  population: string[];
  /** How many to draw: a ratio of the population (rounded up) or a count. */
  size: { ratio: number } | { count: number };
  /** Officer ids of the inspector directory (执法检查人员名录库), eligible for the draw. */
  officers: string[];
  officersPerVisit?: number;
}

export interface DrawResult {
  enterpriseIds: string[];
  assignments: { enterpriseId: string; officerIds: string[] }[];
  populationHash: string;
}

export function drawRandom(input: DrawInput): DrawResult {
  const rnd = seededRandom(input.seed);
  const population = [...new Set(input.population)].sort();
  const officers = [...new Set(input.officers)].sort();
  const per = input.officersPerVisit ?? 2;
  const wanted = 'ratio' in input.size ? Math.ceil(population.length * input.size.ratio) : input.size.count;
  const n = Math.max(0, Math.min(population.length, wanted));
  // Partial Fisher–Yates: the first n of a seeded shuffle.
  const pool = [...population];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rnd() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const enterpriseIds = pool.slice(0, n);
  const assignments = enterpriseIds.map((enterpriseId) => {
    const staff = [...officers];
    const chosen: string[] = [];
    for (let k = 0; k < Math.min(per, staff.length); k++) {
      const j = k + Math.floor(rnd() * (staff.length - k));
      [staff[k], staff[j]] = [staff[j]!, staff[k]!];
      chosen.push(staff[k]!);
    }
    return { enterpriseId, officerIds: chosen };
  });
  const populationHash = createHash('sha256').update(population.join('\n')).digest('hex');
  return { enterpriseIds, assignments, populationHash };
}
