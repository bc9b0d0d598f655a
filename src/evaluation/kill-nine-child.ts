import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openStorage } from '../storage/open-store.ts';
import { killNineFields, type KillNineJob } from './kill-nine-job.ts';

/**
 * One process of the kill -9 durability run (kill-nine.ts): opens the real storage under DATA_DIR,
 * says `ready`, takes one job (a JSON line on stdin), submits every item of it at once and prints
 * each receipt the moment the store returns it, as the bot would show it to the member. The parent
 * kills it with SIGKILL at some point; whatever was printed before counts as shown.
 *
 *   node --import tsx src/evaluation/kill-nine-child.ts <dataDir>   (compiled: node dist/evaluation/kill-nine-child.js)
 */
const print = (value: unknown) => writeSync(1, `${JSON.stringify(value)}\n`); // synchronous: SIGKILL can come any time

const storage = openStorage({ dataDir: process.argv[2] ?? '' });
print({ ready: true });

const lines = createInterface({ input: process.stdin });
const job = await new Promise<KillNineJob>((resolve) => lines.once('line', (line) => resolve(JSON.parse(line) as KillNineJob)));
const now = new Date(job.at);

await Promise.all(
  job.items.map(async (item) => {
    // Each submission in a turn of its own, as messages arriving together reach the bot.
    await new Promise((resolve) => setImmediate(resolve));
    const result = await storage.opinions.submit({ memberId: item.member, channel: 'console', messageId: item.messageId, fields: killNineFields(item.key), now });
    print({ key: item.key, number: result.opinion.number, duplicate: result.duplicate });
  }),
);
print({ done: true });
// Waits for the parent: it decides whether this process ends by SIGKILL or by closing stdin.
lines.once('close', () => storage.close());
