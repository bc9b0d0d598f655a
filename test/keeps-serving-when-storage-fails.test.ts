import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { runConsoleChat } from '../src/channels/console/console-chat.ts';
import { ConversationCore } from '../src/conversation/core.ts';
import type { InboundMessage } from '../src/conversation/types.ts';
import { createLogger, silentLogger } from '../src/log.ts';
import { allFields, ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

/** Every log record, to see what the bot noted while it kept answering. */
const records: { msg: string; level: number }[] = [];
const logger = createLogger('info', { write: (line: string) => void records.push(JSON.parse(line)) });
const logged = (msg: string) => records.filter((r) => r.msg === msg).length;

const QUESTION = '常熟政协的书香政协品牌叫什么？';
const ANSWER = '悦读虞城';
/** A long account of the problem: stored with it, the draft no longer fits in the page it is on. */
const LONG_SITUATION = `城南路与学府街交叉口紧邻城南小学，每天上下学时段约800名学生过马路，路口没有红绿灯。${'早晚高峰车辆多、车速快，家长接送车辆临时停靠占用车道，学生只能在车流中穿行，存在很大安全隐患。'.repeat(30)}`;

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), logger);
});
afterAll(() => app.close());

const codeOf = (error: unknown) => (error as { code?: string }).code;

/**
 * The database may not grow by a single page, as on a full disk: any write that needs a new page
 * fails with SQLITE_FULL. Claims of made-up message ids use up the room left in the pages the
 * redelivery guard writes to, so that the next message's claim fails too.
 */
async function fillTheDisk(): Promise<void> {
  const { db, handled } = app.storage;
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  let failures = 0;
  for (let i = 0; failures < 30; i++) {
    try {
      await handled.claim('console', `f${i.toString(36)}`, new Date());
      failures = 0;
    } catch (error) {
      expect(codeOf(error)).toBe('SQLITE_FULL');
      failures++;
    }
  }
}

function freeTheDisk(): void {
  app.storage.db.pragma('max_page_count = 1073741823');
}

describe('a full disk', () => {
  const li = new ChatDriver(() => app, 'li', '李明');
  const wang = new ChatDriver(() => app, 'wang', '王芳');

  it('still answers knowledge questions, notes that the guard could not record them, and says so when a draft cannot be saved', async () => {
    expect(await li.say('我想反映社情民意')).toContain('情况与问题');
    await fillTheDisk();

    const before = logged('redelivery guard unavailable, message handled anyway');
    expect(await wang.say(QUESTION)).toContain(ANSWER);
    expect(logged('redelivery guard unavailable, message handled anyway')).toBe(before + 1);

    const refused = await li.say(LONG_SITUATION);
    expect(refused).toContain('暂时无法保存');
    expect(refused).toContain('不会丢失');
    expect(refused.length).toBeLessThan(100);
    // A question in the middle of the draft is answered all the same.
    expect(await li.say(QUESTION)).toContain(ANSWER);
    expect(await app.storage.sessions.get('console:li')).toMatchObject({ kind: 'opinion' });
  });

  it('keeps the console chat going', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const done = runConsoleChat({ core: app.core, input, output, user: { id: 'zhao', name: '赵敏' }, interactive: false, botName: '政协委员履职助手' });
    input.end([QUESTION, '我想反映社情民意', LONG_SITUATION, QUESTION, ''].join('\n'));
    await done;
    expect(printed.split(ANSWER).length).toBeGreaterThanOrEqual(3);
    expect(printed).toContain('暂时无法保存');
    // The last question, after the refusal, is answered too.
    expect(printed.lastIndexOf(ANSWER)).toBeGreaterThan(printed.lastIndexOf('暂时无法保存'));
  });

  it('recovers by itself once there is room again', async () => {
    freeTheDisk();
    const before = logged('redelivery guard unavailable, message handled anyway');
    expect(await wang.say(QUESTION)).toContain(ANSWER);
    expect(await li.say(LONG_SITUATION)).toContain('意见建议');
    expect(logged('redelivery guard unavailable, message handled anyway')).toBe(before);
  });
});

describe('a read-only database', () => {
  const zhou = new ChatDriver(() => app, 'zhou', '周八');
  const sun = new ChatDriver(() => app, 'sun', '孙丽');

  it('answers questions, submits nothing and issues no number, then submits once writes work again', async () => {
    await zhou.say('我想反映社情民意');
    expect(await zhou.say(allFields())).toContain('确认提交');
    app.storage.db.pragma('query_only = ON');
    try {
      const refused = await zhou.say('确认提交');
      expect(refused).toContain('还没有提交，也没有生成编号');
      expect(refused).toContain('不会丢失');
      expect(await app.storage.opinions.listByMember('console:zhou')).toEqual([]);
      expect(await sun.say(QUESTION)).toContain(ANSWER);
      expect(await sun.say('我想反映社情民意')).toContain('暂时无法保存');
    } finally {
      app.storage.db.pragma('query_only = OFF');
    }
    const number = receiptNumber(await zhou.say('确认提交'));
    expect((await app.storage.opinions.listByMember('console:zhou')).map((o) => o.number)).toEqual([number]);
  });
});

describe('whatever fails, the member hears something', () => {
  let sent = 0;
  const message = (text: string): InboundMessage => ({ channel: 'telegram', chatId: 'c1', isGroup: false, senderId: 's1', text, addressed: true, messageId: `m${++sent}`, time: new Date() });
  const echo = { name: 'echo', handle: async (m: InboundMessage) => [{ text: `收到：${m.text}` }] };

  it('answers when the redelivery guard itself throws', async () => {
    const core = new ConversationCore({
      log: silentLogger(),
      maxMessageChars: 2000,
      handled: { claim: async () => Promise.reject(new Error('the guard is broken')) },
      features: [echo],
    });
    expect(await core.handle(message('你好'))).toEqual([{ text: '收到：你好' }]);
  });

  it('apologises for a storage failure in a feature, and for a failing error handler', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const failing = { name: 'save', handle: async () => Promise.reject(full) };
    const core = new ConversationCore({ log: silentLogger(), maxMessageChars: 2000, features: [failing] });
    const [apology] = await core.handle(message('绑定 张三 1234'));
    expect(apology?.text).toContain('暂时无法保存');
    expect(apology?.text).not.toMatch(/database|disk|SQLITE/);

    const broken = new ConversationCore({
      log: silentLogger(),
      maxMessageChars: 2000,
      features: [failing],
      onError: () => {
        throw new Error('the error handler failed too');
      },
    });
    expect((await broken.handle(message('参加')))[0]?.text).toContain('抱歉');
  });
});
