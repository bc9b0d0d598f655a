// Whether the compiled JavaScript in dist/ may run: shared by bin/liaison.js, the build script
// (scripts/build.js) and the test that the shipped command runs compiled code.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Written by the build once tsc has succeeded, dated when the build started. */
export const BUILD_STAMP = 'dist/.built';

/** What the build reads: an edit to any of them after the build began makes dist/ stale. */
const BUILD_INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json'];

/**
 * True when dist/ was built from the sources as they are now: the stamp exists and every source
 * file and folder (a folder's time changes when a file is added, removed or renamed) is older.
 * A stale build is never run: a developer's edit would silently not take effect, and the tests
 * that spawn `liaison` would test yesterday's code. Checking the ~300 entries costs a few ms.
 */
export function compiledIsCurrent(root) {
  let built;
  try {
    built = statSync(path.join(root, BUILD_STAMP)).mtimeMs;
  } catch {
    return false;
  }
  for (const input of BUILD_INPUTS) {
    // Not older, rather than newer: where times are kept to the second, a source saved in the
    // second the build began counts as saved after it.
    if (newestUnder(path.join(root, input)) >= built) return false;
  }
  return true;
}

/** The newest modification time of a file, or of a folder and everything in it; 0 when absent. */
function newestUnder(where) {
  // An entry gone between listing and stat means the sources are being changed: count it as new.
  const stat = statSync(where, { throwIfNoEntry: false });
  if (!stat) return 0;
  let newest = stat.mtimeMs;
  if (!stat.isDirectory()) return newest;
  // Folder by folder: readdirSync's own `recursive` option is ten times slower here.
  for (const entry of readdirSync(where, { withFileTypes: true })) {
    const inner = path.join(where, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(inner) : (statSync(inner, { throwIfNoEntry: false })?.mtimeMs ?? Infinity));
  }
  return newest;
}
