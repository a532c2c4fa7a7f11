export const root: string;
export function newest(dir: string): number;
export function runScript(script: string): void;
export function webIsFresh(): boolean;
export function serverIsFresh(): boolean;
export function buildStale(opts?: { server?: boolean; web?: boolean }): void;
