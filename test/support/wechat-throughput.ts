/**
 * Messages per second through the WeChat adapter (real wechaty on wechaty-puppet-mock, pacing
 * interval 0, offline answerer) and the process's memory after them. Not part of the test suite:
 *
 *   npx tsx test/support/wechat-throughput.ts [count=10000] [private|group] [core|echo]
 *
 * `private`: questions from 200 members in private chats. `group`: the same questions @-mentioning
 * the bot in an allow-listed room, answered with an @-mention there. Rate limits are lifted so the
 * figure is the adapter's and the core's, not the limiter's. `echo` replaces the core with one that
 * repeats the text, to show what wechaty, the mock and the adapter cost on their own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app.ts';
import type { InboundMessage } from '../../src/conversation/types.ts';
import { silentLogger } from '../../src/log.ts';
import { testConfig } from './test-app.ts';
import { WechatWorld, waitUntil } from './wechat-world.ts';

const count = Number(process.argv[2] ?? 10_000);
const mode = process.argv[3] === 'group' ? 'group' : 'private';
const QUESTIONS = ['常熟政协的书香政协品牌叫什么？', '十堰市政协立案了多少件提案？', '社情民意信息怎么报送？', '武汉市政协开了多少次党组会议？'];
const mib = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0);

const config = testConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'liaison-wx-bench-')), RATE_LIMIT_USER_PER_MINUTE: '1000000', RATE_LIMIT_ROOM_PER_MINUTE: '1000000' });
const app = await createApp(config, silentLogger());
const echo = { handle: async (m: InboundMessage) => [{ text: `收到：${m.text}`, mention: m.isGroup ? [m.senderId] : undefined }] };
const world = await new WechatWorld(process.argv[4] === 'echo' ? echo : app.core, { rooms: ['委员履职群'], sendIntervalMs: 0, sendJitterMs: 0 }).start();
const members = Array.from({ length: 200 }, (_, i) => world.contact(`委员${i + 1}`));
const room = world.room('委员履职群', members);
global.gc?.();
process.stdout.write(`mode ${mode}${process.argv[4] === 'echo' ? ' (echo core)' : ''}, ${count} messages; RSS before: ${mib()} MiB\n`);

const started = performance.now();
for (let i = 0; i < count; i++) {
  const member = members[i % members.length]!;
  const question = QUESTIONS[i % QUESTIONS.length]!;
  if (mode === 'group') member.say(`@履职助手 ${question}`, [world.bot]).to(room);
  else member.say(question).to(world.bot);
  // Let wechaty and the adapter run between bursts, as a live puppet's socket would.
  if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
}
await waitUntil(() => world.puppet.sent.length >= count, 600_000);
const seconds = (performance.now() - started) / 1000;
const answered = world.puppet.sent.length;
process.stdout.write(`${answered} replies in ${seconds.toFixed(1)} s: ${(answered / seconds).toFixed(0)} messages/s; RSS after: ${mib()} MiB\n`);
await world.channel.stop();
app.close();
process.exit(0);
