import type { App } from '../app.ts';
import { silentLogger } from '../log.ts';

/** Messages per second through a real adapter stack, and memory after all of them. */
export interface AdapterBenchResult {
  messages: number;
  seconds: number;
  perSecond: number;
  rssMiB: number;
}

const QUESTIONS = ['常熟政协的书香政协品牌叫什么？', '十堰市政协立案了多少件提案？', '社情民意信息怎么报送？', '武汉市政协开了多少次党组会议？'];

async function waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * Telegram: `count` questions from 200 members posted to a Bot API emulator on loopback, polled by
 * the real telegraf client, answered offline, replies sent back to the emulator.
 */
export async function benchTelegram(app: App, count: number): Promise<AdapterBenchResult> {
  const { TelegramServer } = await import('telegram-test-api/lib/telegramServer.js');
  const { createTelegramChannel } = await import('../channels/telegram/telegram-channel.ts');
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  const token = '1:BENCH';
  const channel = createTelegramChannel({ config: { token, apiRoot: `http://127.0.0.1:${port}`, webhookPort: 0, sendsPerSecond: 30 }, core: app.core, log: silentLogger() });
  await channel.start();
  const started = performance.now();
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) => {
        const user = 10_000 + ((i + j) % 200);
        const body = { botToken: token, date: Math.floor(Date.now() / 1000), text: QUESTIONS[(i + j) % QUESTIONS.length], from: { id: user, first_name: '委员', is_bot: false }, chat: { id: user, type: 'private' } };
        return fetch(`http://127.0.0.1:${port}/sendMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      }),
    );
  }
  await waitFor(() => server.storage.botMessages.length >= count, 600_000);
  const seconds = (performance.now() - started) / 1000;
  const answered = server.storage.botMessages.length;
  await channel.stop();
  await server.stop();
  return { messages: answered, seconds, perSecond: answered / seconds, rssMiB: process.memoryUsage().rss / 2 ** 20 };
}

/** WeChat: `count` private questions from 200 contacts on wechaty-puppet-mock, unpaced. */
export async function benchWechat(app: App, count: number): Promise<AdapterBenchResult> {
  const { PuppetMock, mock } = await import('wechaty-puppet-mock');
  const { createWechatChannel } = await import('../channels/wechat/wechat-channel.ts');
  const mocker = new mock.Mocker();
  const channel = createWechatChannel({
    config: { puppet: 'wechaty-puppet-mock', name: 'bench', rooms: [], wakeWords: [], acceptFriends: false, sendIntervalMs: 0, sendJitterMs: 0, maxChars: 1500 },
    core: app.core,
    log: silentLogger(),
    puppet: new PuppetMock({ mocker }),
    showQr: false,
    sessionDir: app.config.dataDir,
  });
  await channel.start();
  const bot = mocker.createContact({ name: '履职助手' });
  mocker.login(bot);
  const members = mocker.createContacts(200);
  let replies = 0;
  type Heard = { talker(): { id: string } };
  for (const member of members) {
    (member as unknown as { on(e: 'message', f: (m: Heard) => void): void }).on('message', (m) => {
      if (m.talker().id === bot.id) replies++;
    });
  }
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    members[i % members.length]!.say(QUESTIONS[i % QUESTIONS.length]!).to(bot);
    if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  await waitFor(() => replies >= count, 600_000);
  const seconds = (performance.now() - started) / 1000;
  await channel.stop();
  return { messages: replies, seconds, perSecond: replies / seconds, rssMiB: process.memoryUsage().rss / 2 ** 20 };
}
