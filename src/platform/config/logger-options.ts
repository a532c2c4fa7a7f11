import type { Config } from './config.js';

/** The process's pino options from the configuration: JSON lines, or readable lines for a terminal (LOG_FORMAT=pretty). */
export function loggerOptions(config: Pick<Config, 'logLevel' | 'logFormat'>) {
  return config.logFormat === 'pretty'
    ? { level: config.logLevel, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }
    : { level: config.logLevel };
}
