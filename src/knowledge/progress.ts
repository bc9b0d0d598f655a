import cliProgress from 'cli-progress';
import type { Logger } from '../log.ts';

export interface Progress {
  start(total: number): void;
  tick(item: string): void;
  stop(): void;
}

/** A bar on an interactive terminal, plain log lines otherwise (CI, pipes, files). */
export function createProgress(log: Logger, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '导入知识库 [{bar}] {value}/{total} {item}', stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0, { item: '' }),
      tick: (item) => bar.increment(1, { item }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let total = 0;
  return {
    start: (n) => {
      total = n;
      done = 0;
    },
    tick: (item) => log.info({ file: item, done: ++done, total }, 'document processed'),
    stop: () => undefined,
  };
}
