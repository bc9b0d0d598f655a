import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { PacedQueue } from '../src/channels/wechat/paced-queue.ts';
import { wechatTexts } from '../src/channels/wechat/render.ts';
import { Supervisor } from '../src/channels/wechat/supervise.ts';
import { createWechatChannel } from '../src/channels/wechat/wechat-channel.ts';
import { silentLogger } from '../src/log.ts';
import { allFields } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

const mocker = new mock.Mocker();
let app: App;
let channel: ReturnType<typeof createWechatChannel>;
let botUser: mock.ContactMock;
let alice: mock.ContactMock;
let listed: mock.RoomMock;
let unlisted: mock.RoomMock;
/** Everything the bot said, as the other side of the mock sees it. */
const heard: { to: string; text: string; mentions: string[] }[] = [];

beforeAll(async () => {
  app = await createApp(testConfig({ WECHATY_PUPPET: 'wechaty-puppet-mock', WECHAT_ROOMS: '委员履职群', WECHAT_WAKE_WORDS: '小助手' }), silentLogger());
  channel = createWechatChannel({ config: { ...app.config.wechat!, sendIntervalMs: 0, sendJitterMs: 0 }, core: app.core, log: silentLogger(), puppet: new PuppetMock({ mocker }), showQr: false });
  await channel.start();
  mocker.scan('https://login.weixin.qq.com/l/test', 0);
  botUser = mocker.createContact({ name: '履职助手' });
  mocker.login(botUser);
  alice = mocker.createContact({ name: '李明' });
  const bob = mocker.createContact({ name: '王芳' });
  listed = mocker.createRoom({ topic: '委员履职群', memberIdList: [botUser.id, alice.id, bob.id] });
  unlisted = mocker.createRoom({ topic: '家长群', memberIdList: [botUser.id, alice.id] });
  type SaidByBot = { text: () => string; talker: () => { id: string }; mentionIdList?: string[] };
  type Listener = { id: string; on(event: 'message', listener: (message: SaidByBot) => void): unknown };
  for (const target of [alice, listed, unlisted] as unknown as Listener[]) {
    target.on('message', (message) => {
      if (message.talker().id !== botUser.id) return;
      heard.push({ to: target.id, text: message.text(), mentions: message.mentionIdList ?? [] });
    });
  }
}, 30_000);
afterAll(async () => {
  await channel.stop();
  app.close();
});

async function heardFrom(to: string, done: (texts: string[]) => boolean, timeoutMs = 6000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const texts = heard.filter((h) => h.to === to).map((h) => h.text);
    if (done(texts) || Date.now() > until) return texts;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('members in WeChat groups', () => {
  it('an @-mention in an allow-listed room gets an @-reply with a cited answer', async () => {
    alice.say('@履职助手 常熟政协的书香政协品牌叫什么？', [botUser]).to(listed);
    const texts = await heardFrom(listed.id, (t) => t.length > 0);
    expect(texts[0]).toMatch(/\[1\]/);
    expect(texts[0]).toContain('@李明');
  });

  it('a wake word works like a mention; an unaddressed message gets nothing', async () => {
    const before = heard.length;
    alice.say('今天开会的材料大家收到了吗').to(listed);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(heard.length).toBe(before);
    alice.say('小助手 十堰市政协立案了多少件提案？').to(listed);
    expect((await heardFrom(listed.id, (t) => t.length > 1)).at(-1)).toMatch(/\[1\]/);
  });

  it('an unlisted room gets nothing, even when mentioned', async () => {
    alice.say('@履职助手 常熟政协的书香政协品牌叫什么？', [botUser]).to(unlisted);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(heard.filter((h) => h.to === unlisted.id)).toEqual([]);
  });

  it('an opinion started in a group continues privately and ends with a receipt', async () => {
    alice.say('@履职助手 我想反映社情民意', [botUser]).to(listed);
    expect((await heardFrom(listed.id, (t) => t.some((x) => x.includes('私聊')))).join()).toContain('私聊');
    expect((await heardFrom(alice.id, (t) => t.some((x) => x.includes('情况与问题')))).join()).toContain('情况与问题');
    alice.say(allFields()).to(botUser);
    const preview = await heardFrom(alice.id, (t) => t.some((x) => x.includes('请核对')));
    expect(preview.join()).toContain('请回复：确认提交 / 取消');
    alice.say('确认提交').to(botUser);
    expect((await heardFrom(alice.id, (t) => t.some((x) => x.includes('SQMY-')))).join()).toMatch(/编号：SQMY-\d{4}-\d{4}/);
  });

  it('ignores its own messages, even ones that look addressed to it', async () => {
    const before = heard.length;
    botUser.say('小助手 十堰市政协立案了多少件提案？').to(listed);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(heard.slice(before).filter((h) => h.text !== '小助手 十堰市政协立案了多少件提案？')).toEqual([]);
  });

  it('pushes a notice through the sender to a room and to a person', async () => {
    await channel.sender.send({ channel: 'wechat', chatId: listed.id, isGroup: true }, { text: '【会议通知】明天上午九点开会' });
    await channel.sender.send({ channel: 'wechat', chatId: alice.id, isGroup: false }, { text: '您反映的社情民意信息有新进展' });
    expect(await heardFrom(listed.id, (t) => t.includes('【会议通知】明天上午九点开会'))).toContain('【会议通知】明天上午九点开会');
    expect(await heardFrom(alice.id, (t) => t.includes('您反映的社情民意信息有新进展'))).toContain('您反映的社情民意信息有新进展');
  });
});

describe('sending like a person, recovering like a service', () => {
  it('splits a long answer at sentence ends and writes choices as what to reply', () => {
    const parts = wechatTexts({ text: '委员积极履职，建言献策。'.repeat(200), choices: [{ label: '确认提交', value: '确认提交' }, { label: '取消', value: '取消' }] }, 1500);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => Array.from(p).length <= 1500)).toBe(true);
    expect(parts.at(-1)).toMatch(/请回复：确认提交 \/ 取消$/);
  });

  it('paces sends with an interval plus jitter', async () => {
    let clock = 0;
    const waits: number[] = [];
    const queue = new PacedQueue({ intervalMs: 1500, jitterMs: 1000, random: () => 0.5, now: () => clock, sleep: async (ms) => void (waits.push(ms), (clock += ms)) });
    await Promise.all([1, 2, 3].map((n) => queue.run(async () => n)));
    expect(waits).toEqual([2000, 2000]);
  });

  it('restarts after a puppet failure with growing back-off', async () => {
    const delays: number[] = [];
    let starts = 0;
    const supervisor = new Supervisor({
      start: async () => {
        if (++starts < 3) throw new Error('puppet gone');
      },
      stop: async () => undefined,
      log: silentLogger(),
      sleep: async (ms) => void delays.push(ms),
    });
    await supervisor.restart('puppet error');
    expect(delays).toEqual([1000, 2000, 4000]);
    expect(starts).toBe(3);
  });
});
