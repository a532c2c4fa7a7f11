import os from 'node:os';
import { randomBytes } from 'node:crypto';

/** Names this process in leases and run records: host, pid and a random suffix (pids repeat across restarts). */
export function newRunnerId(prefix = ''): string {
  const id = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  return prefix ? `${prefix}:${id}` : id;
}

/** The one id of this process, for runs not started by a runner loop (manual runs from the admin API). */
export const processRunnerId: string = newRunnerId();
