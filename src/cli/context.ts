import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';

export interface CommandContext {
  config: Config;
  log: Logger;
}

/** A command line the user got wrong: shown with the usage, not as a crash. */
export class UsageError extends Error {}

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`参数有误：${error instanceof Error ? error.message : String(error)}`);
  }
}
