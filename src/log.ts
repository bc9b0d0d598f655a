import pino, { type Logger } from 'pino';

export type { Logger };

/** Logs go to stderr so that stdout stays clean for chat replies and JSON output. */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: undefined }, destination);
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
