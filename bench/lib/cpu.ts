import fs from 'node:fs';

/** CPU seconds so far of the server process, of each PostgreSQL process on this machine (by pid), and of this process. */
export interface CpuSnapshot {
  server: number;
  postgres: Map<string, number>;
  loadGenerator: number;
}

const TICKS_PER_SECOND = 100;

/** utime + stime of one process in seconds (Linux /proc), 0 when it is gone. */
function cpuSecondsOf(pid: string): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/**
 * Where the machine's CPU goes (Linux only; zeros elsewhere): taken before and after a measured run, the
 * difference divided by the calls is the CPU a call costs each side. PostgreSQL's processes are found by their
 * name (backends and background workers alike, so a server shared with other work would be counted too).
 */
export function cpuSnapshot(serverPid: number | undefined): CpuSnapshot {
  const own = process.cpuUsage();
  const postgres = new Map<string, number>();
  if (fs.existsSync('/proc/self/stat')) {
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') postgres.set(pid, cpuSecondsOf(pid));
      } catch {
        /* gone */
      }
    }
  }
  return { server: serverPid ? cpuSecondsOf(String(serverPid)) : 0, postgres, loadGenerator: (own.user + own.system) / 1e6 };
}

/**
 * Milliseconds of CPU per call on each side between two snapshots. A PostgreSQL process counts what it used in
 * between (all of it when it started in between); one that ended in between is not counted (its last figures are
 * gone with it, e.g. an autovacuum worker's), so that side may be under-counted, never negative.
 */
export function cpuPerCall(before: CpuSnapshot, after: CpuSnapshot, calls: number) {
  let postgres = 0;
  for (const [pid, seconds] of after.postgres) postgres += seconds - (before.postgres.get(pid) ?? 0);
  const per = (seconds: number) => (calls ? (seconds * 1000) / calls : 0);
  return { server: per(after.server - before.server), postgres: per(postgres), loadGenerator: per(after.loadGenerator - before.loadGenerator) };
}
