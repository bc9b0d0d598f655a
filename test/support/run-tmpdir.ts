import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Global setup: the tests make their data folders, sockets and backups under `os.tmpdir()` and
 * many leave them there. One folder per run, set as TMPDIR before the workers start (and so
 * inherited by them and by every child process) and removed at the end, keeps /tmp from
 * filling up run after run. It is open to all like /tmp itself (sticky, world-writable): some
 * tests run the bot as another user.
 */
export default function useOneTmpdirPerRun(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-test-run-'));
  chmodSync(dir, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
