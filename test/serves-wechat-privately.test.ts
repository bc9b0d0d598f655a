import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import type { InboundMessage } from '../src/conversation/types.ts';
import { createWechatChannel } from '../src/channels/wechat/wechat-channel.ts';
import { PacedQueue } from '../src/channels/wechat/paced-queue.ts';
import { wechatTexts } from '../src/channels/wechat/render.ts';
import { RestartPolicy, Supervisor } from '../src/channels/wechat/supervise.ts';
import { createLogger, silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { WECHAT_DEFAULTS, WechatWorld, waitUntil } from './support/wechat-world.ts';

let app: App;
/** Paced as shipped (1.5 s + jitter) on a fake clock, short parts, friend requests accepted. */
let paced: WechatWorld;
const clock = { now: 0, waits: [] as number[] };
const logLines: { msg: string; link?: string }[] = [];
/** Unpaced, friend requests left alone, a core that can be slowed, restarts recorded. */
let plain: WechatWorld;
const backoff: number[] = [];
let slowCore = false;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
  paced = await new WechatWorld(
    app.core,
    { sendIntervalMs: 1500, sendJitterMs: 1000, maxChars: 60, acceptFriends: true },
    {
      random: () => 0.5,
      now: () => clock.now,
      sleep: async (ms) => void (clock.waits.push(ms), (clock.now += ms)),
      log: createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line)) }),
    },
  ).start();
  const slowed = {
    handle: async (message: InboundMessage) => {
      if (slowCore) await new Promise((resolve) => setTimeout(resolve, 300));
      return app.core.handle(message);
    },
  };
  plain = await new WechatWorld(slowed, { acceptFriends: false }, { sleep: async (ms) => void backoff.push(ms) }).start('政协助手');
}, 30_000);
afterAll(async () => {
  await Promise.all([paced.channel.stop(), plain.channel.stop()]);
  app.close();
});

describe('members in a private WeChat chat', () => {
  it('a question gets a cited answer, split to fit and sent at a human pace', async () => {
    const alice = paced.contact('李明');
    alice.say('十堰市政协立案了多少件提案？').to(paced.bot);
    await paced.heardBy(alice);
    await paced.quiet();
    const parts = await paced.heardBy(alice);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => Array.from(p).length <= 60)).toBe(true);
    expect(parts.join('')).toMatch(/206[\s\S]*\[1\]/);
    // Interval 1500 ms + jitter 0.5 × 1000 ms before every part after the first, on the fake clock.
    expect(clock.waits).toEqual(parts.slice(1).map(() => 2000));
    expect(paced.handled.at(-1)).toMatchObject({ channel: 'wechat', chatId: alice.id, isGroup: false, senderId: alice.id, senderName: '李明', addressed: true });
  });

  it('the login QR code is logged as a link, and so is the login', () => {
    expect(logLines).toContainEqual(expect.objectContaining({ link: 'https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Ftest' }));
    expect(logLines.map((l) => l.msg)).toContain('微信已登录');
  });

  it('a friend request is accepted when configured, through the same paced queue', async () => {
    clock.waits.length = 0;
    const request = paced.puppet.requestFriendship(paced.contact('赵敏'), '我是民盟界别委员赵敏');
    await waitUntil(() => paced.puppet.accepted.includes(request));
    expect(paced.puppet.accepted).toEqual([request]);
    expect(clock.waits).toEqual([2000]);
  });

  it('a friend request is left alone when not configured', async () => {
    plain.puppet.requestFriendship(plain.contact('钱进'), '你好');
    await plain.settle();
    expect(plain.puppet.accepted).toEqual([]);
  });

  it('a single puppet error while logged in is only logged; a burst restarts the bot with back-off, and it serves again', async () => {
    plain.puppet.emit('error', { gerror: 'one lost payload' });
    await plain.settle();
    expect(backoff).toEqual([]);
    for (let i = 0; i < 3; i++) plain.puppet.emit('error', { gerror: 'puppet connection lost' });
    await waitUntil(() => backoff.length > 0 && !plain.channel.sender.accepts());
    expect(backoff).toEqual([1000]);
    await plain.login();
    const sun = plain.contact('孙丽');
    sun.say('常熟政协的书香政协品牌叫什么？').to(plain.bot);
    expect((await plain.heardBy(sun))[0]).toMatch(/\[1\]/);
  });

  it('stopping takes no new messages, finishes the answer in flight, then closes the account', async () => {
    const zhou = plain.contact('周强');
    const wu = plain.contact('吴刚');
    slowCore = true;
    zhou.say('十堰市政协立案了多少件提案？').to(plain.bot);
    await waitUntil(() => plain.handled.some((m) => m.senderId === zhou.id));
    const stopped = plain.channel.stop();
    wu.say('常熟政协的书香政协品牌叫什么？').to(plain.bot);
    await stopped;
    expect((await plain.heardBy(zhou, () => true, 0))[0]).toMatch(/\[1\]/);
    expect(plain.handled.some((m) => m.senderId === wu.id)).toBe(false);
    expect(plain.channel.sender.accepts()).toBe(false);
  });

  it('a puppet package that is not installed stops start-up with a clear message', async () => {
    const channel = createWechatChannel({ config: { ...WECHAT_DEFAULTS, puppet: 'wechaty-puppet-not-installed' }, core: app.core, log: silentLogger(), showQr: false });
    await expect(channel.start()).rejects.toMatchObject({ kind: 'puppet-missing', message: expect.stringContaining('npm install wechaty-puppet-not-installed') });
    await channel.stop();
  });
});

describe('sending like a person, recovering like a service', () => {
  it('splits a long answer at sentence ends and writes choices as what to reply', () => {
    const parts = wechatTexts({ text: '委员积极履职，建言献策。'.repeat(200), choices: [{ label: '确认提交', value: '确认提交' }, { label: '取消', value: '取消' }] }, 1500);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(0, -1).every((p) => Array.from(p).length <= 1500 && p.endsWith('。'))).toBe(true);
    expect(parts.at(-1)).toMatch(/请回复：确认提交 \/ 取消$/);
  });

  it('paces sends with an interval plus a jitter that varies', async () => {
    let now = 0;
    const waits: number[] = [];
    const jitters = [0, 0.5, 0.99];
    const queue = new PacedQueue({ intervalMs: 1500, jitterMs: 1000, random: () => jitters.shift() ?? 0, now: () => now, sleep: async (ms) => void (waits.push(ms), (now += ms)) });
    await Promise.all([1, 2, 3, 4].map((n) => queue.run(async () => n)));
    // The first send goes at once; each later one waits 1500 ms plus 0, 500, 990 ms of jitter.
    expect(waits).toEqual([1500, 2000, 2490]);
  });

  it('backs off 1 s, 2 s, 4 s … up to a minute, keeps the wait for a puppet that fails again soon, resets once stable', async () => {
    const delays: number[] = [];
    let now = 0;
    let failures = 8;
    const supervisor = new Supervisor({
      start: async () => {
        if (failures-- > 0) throw new Error('puppet gone');
      },
      stop: async () => undefined,
      log: silentLogger(),
      now: () => now,
      sleep: async (ms) => void (delays.push(ms), (now += ms)),
    });
    await supervisor.restart('puppet error');
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    await supervisor.restart('failed again at once');
    expect(delays.at(-1)).toBe(60_000);
    now += 5 * 60_000;
    await supervisor.restart('failed after running for a while');
    expect(delays.at(-1)).toBe(1000);
  });

  it('restarts for any error before login, for a burst of errors after', () => {
    let now = 0;
    const policy = new RestartPolicy({ burst: 3, windowMs: 60_000, now: () => now });
    expect(policy.shouldRestart(false)).toBe(true);
    expect([policy.shouldRestart(true), policy.shouldRestart(true)]).toEqual([false, false]);
    now += 61_000;
    expect(policy.shouldRestart(true)).toBe(false);
    expect([policy.shouldRestart(true), policy.shouldRestart(true)]).toEqual([false, true]);
  });
});
