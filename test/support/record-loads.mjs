// Module hooks for a child process: appends the URL of every module loaded through the ESM loader
// to the file named by LIAISON_LOAD_LOG (see loads-heavy-modules-only-when-used.test.ts).
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  const result = await next(url, context);
  if (process.env.LIAISON_LOAD_LOG) appendFileSync(process.env.LIAISON_LOAD_LOG, `${url}\n`);
  return result;
}
