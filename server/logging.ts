// The server's log: JSON lines for collectors, or human-readable lines when an analyst is watching the
// terminal that `npm start` runs in (LOG_FORMAT=auto decides by whether stdout is a TTY).
import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';

export function loggerOptions(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  isTty: boolean = process.stdout.isTTY === true,
): FastifyServerOptions['logger'] {
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && isTty);
  if (!pretty) return { level: config.logLevel };
  return {
    level: config.logLevel,
    transport: {
      target: 'pino-pretty',
      options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,reqId', singleLine: true },
    },
  };
}
