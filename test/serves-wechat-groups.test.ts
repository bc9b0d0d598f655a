import { mock } from 'wechaty-puppet-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { allFields } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';
import { WechatWorld } from './support/wechat-world.ts';

let app: App;
let world: WechatWorld;
let alice: mock.ContactMock;
let listed: mock.RoomMock;
let listedById: mock.RoomMock;
let unlisted: mock.RoomMock;

beforeAll(async () => {
  app = await createApp(testConfig({ WECHATY_PUPPET: 'wechaty-puppet-mock', WECHAT_ROOMS: '委员履职群,10000001@chatroom,10000002@chatroom', WECHAT_WAKE_WORDS: '小助手' }), silentLogger());
  world = await new WechatWorld(app.core, { ...app.config.wechat!, sendIntervalMs: 0, sendJitterMs: 0 }).start();
  alice = world.contact('李明');
  const bob = world.contact('王芳');
  listed = world.room('委员履职群', [alice, bob]);
  // Allow-listed by its id rather than its topic (topics change, ids do not).
  listedById = world.room('第三组讨论', [alice], '10000001@chatroom');
  unlisted = world.room('家长群', [alice]);
}, 30_000);
afterAll(async () => {
  await world.channel.stop();
  app.close();
});

describe('members in WeChat groups', () => {
  it('an @-mention in an allow-listed room gets an @-reply with a cited answer', async () => {
    alice.say('@履职助手 十堰市政协立案了多少件提案？', [world.bot]).to(listed);
    const [answer] = await world.heardBy(listed);
    expect(answer).toMatch(/^@李明/);
    expect(answer).toContain('206');
    expect(answer).toMatch(/\[1\]/);
    expect(world.puppet.sent.find((s) => s.text === answer)?.mentions).toEqual([alice.id]);
  });

  it('a wake word works like a mention; an unaddressed message gets nothing', async () => {
    const before = world.heard.length;
    alice.say('今天开会的材料大家收到了吗').to(listed);
    await world.settle();
    expect(world.heard.slice(before).filter((h) => h.to === listed.id)).toEqual([]);
    alice.say('小助手 常熟政协的书香政协品牌叫什么？').to(listed);
    expect((await world.heardBy(listed, (t) => t.length > 1)).at(-1)).toMatch(/\[1\]/);
  });

  it('a room allow-listed by id is served like one listed by topic', async () => {
    alice.say('@履职助手 常熟政协的书香政协品牌叫什么？', [world.bot]).to(listedById);
    expect((await world.heardBy(listedById))[0]).toMatch(/^@李明[\s\S]*\[1\]/);
  });

  it('a mention by the bot\'s group nickname works, and the reply uses the asker\'s nickname', async () => {
    const room = world.room('文史委委员群', [alice], '10000002@chatroom');
    world.puppet.nickname(room, world.bot, '小政');
    world.puppet.nickname(room, alice, '李明（民盟）');
    alice.say('@小政\u2005十堰市政协立案了多少件提案？', [world.bot]).to(room);
    expect((await world.heardBy(room))[0]).toMatch(/^@李明（民盟）[\s\S]*206[\s\S]*\[1\]/);
    expect(world.handled.at(-1)).toMatchObject({ chatId: room.id, isGroup: true, senderName: '李明（民盟）', text: '十堰市政协立案了多少件提案？', addressed: true });
  });

  it('an unlisted room gets nothing, even when mentioned', async () => {
    alice.say('@履职助手 常熟政协的书香政协品牌叫什么？', [world.bot]).to(unlisted);
    await world.settle();
    expect(world.heard.filter((h) => h.to === unlisted.id)).toEqual([]);
  });

  it('ignores its own messages, even ones that look addressed to it', async () => {
    const before = world.heard.length;
    world.bot.say('小助手 十堰市政协立案了多少件提案？').to(listed);
    await world.settle();
    expect(world.heard.slice(before).filter((h) => h.to === listed.id && !h.text.startsWith('小助手'))).toEqual([]);
    expect(world.handled.filter((m) => m.senderId === world.bot.id)).toEqual([]);
  });

  it('ignores history the puppet replays from before login', async () => {
    const old = world.mocker.MessageMock.create({
      id: 'replayed-1',
      talkerId: alice.id,
      roomId: listed.id,
      mentionIdList: [world.bot.id],
      timestamp: Date.now() - 10 * 60_000,
      type: 7,
      text: '@履职助手 十堰市政协立案了多少件提案？',
    });
    const before = world.heard.length;
    world.puppet.emit('message', { messageId: old.id });
    await world.settle();
    expect(world.heard.slice(before).filter((h) => h.to === listed.id)).toEqual([]);
  });

  it('an opinion started in a group continues privately and ends with a receipt', async () => {
    const inGroup = world.heard.filter((h) => h.to === listed.id).length;
    alice.say('@履职助手 我想反映社情民意', [world.bot]).to(listed);
    const group = (await world.heardBy(listed, (t) => t.length > inGroup)).slice(inGroup);
    expect(group).toHaveLength(1);
    expect(group[0]).toMatch(/^@李明.*私聊/s);
    expect((await world.heardBy(alice, (t) => t.some((x) => x.includes('情况与问题')))).join()).toContain('情况与问题');
    alice.say(allFields()).to(world.bot);
    const preview = await world.heardBy(alice, (t) => t.some((x) => x.includes('请核对')));
    expect(preview.join()).toContain('请回复：确认提交 / 取消');
    alice.say('确认提交').to(world.bot);
    expect((await world.heardBy(alice, (t) => t.some((x) => x.includes('SQMY-')))).join()).toMatch(/编号：SQMY-\d{4}-\d{4}/);
    // Nothing of the dialog, with its phone number, was said in the group.
    expect(world.heard.filter((h) => h.to === listed.id).map((h) => h.text).join()).not.toContain('13812345678');
  });

  it('pushes a notice through the sender to a room and to a person', async () => {
    await world.channel.sender.send({ channel: 'wechat', chatId: listed.id, isGroup: true }, { text: '【会议通知】明天上午九点开会' });
    await world.channel.sender.send({ channel: 'wechat', chatId: alice.id, isGroup: false }, { text: '您反映的社情民意信息有新进展' });
    expect(await world.heardBy(listed, (t) => t.includes('【会议通知】明天上午九点开会'))).toContain('【会议通知】明天上午九点开会');
    expect(await world.heardBy(alice, (t) => t.includes('您反映的社情民意信息有新进展'))).toContain('您反映的社情民意信息有新进展');
    await expect(world.channel.sender.send({ channel: 'wechat', chatId: 'no-such-room', isGroup: true }, { text: '通知' })).rejects.toMatchObject({ kind: 'permanent', cause: expect.objectContaining({ kind: 'not-found' }) });
  });
});
