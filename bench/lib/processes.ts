import { startNode as start, type NodeChild } from '../../scripts/lib/processes.js';

export { freePort, ROOT } from '../../scripts/lib/processes.js';

export interface Child extends Omit<NodeChild, 'stop'> {
  /** SIGTERM, then the exit. */
  stop(): Promise<void>;
}

/** Starts a Node process listening on a free port and waits until `healthPath` answers. */
export async function startNode(
  args: string[],
  env: Record<string, string>,
  healthPath: string,
  timeoutMs = 120_000,
): Promise<Child> {
  const child = await start({ args, env, healthPath, timeoutMs });
  return { ...child, stop: async () => void (await child.stop('SIGTERM')) };
}
