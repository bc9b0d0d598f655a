import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import type { Channel } from '../src/channels/channel.ts';
import { createTelegramChannel } from '../src/channels/telegram/telegram-channel.ts';
import { silentLogger } from '../src/log.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { botSays, startEmulator, TOKEN } from './support/telegram-emulator.ts';
import { testConfig } from './support/test-app.ts';
import { WechatWorld } from './support/wechat-world.ts';

const now = new Date('2026-12-01T02:00:00Z');
const fields: NoticeFields = {
  title: '关于召开市政协十四届常委会第十次会议的通知',
  time: '12月5日（星期五）上午9:00',
  place: '市民之家三楼第一会议室',
  scope: '全体常委',
  body: '请提前15分钟到场，着正装。',
  needsReply: true,
  replyBy: new Date('2026-12-03T10:00:00Z'),
};

/** A registry member bound to `account`, with the notice above sent to them. */
async function noticeFor(app: App, name: string, phone: string, account: string, sent: NoticeFields = fields): Promise<number> {
  const { member } = await app.storage.members.upsert({ name, sector: '民盟', phone }, now);
  await app.storage.members.bind(account, member.id, now);
  const notice = await app.notices.create(sent, { allMembers: false, sectors: [], committees: [], members: [member.id], groups: [] }, 'office', now);
  await app.notices.send(notice.id, 'office', now);
  return notice.id;
}

describe('an ambiguous notice reply gets one question with the two choices, as each channel shows choices', () => {
  let server: TelegramServer;
  let apiRoot: string;
  let app: App;
  let telegram: Channel;
  beforeAll(async () => {
    const emulator = await startEmulator();
    server = emulator.server;
    apiRoot = emulator.apiRoot;
    app = await createApp(testConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot }), silentLogger(), { now: () => now });
    telegram = createTelegramChannel({ config: app.config.telegram!, core: app.core, log: silentLogger() });
    await telegram.start();
  }, 30_000);
  afterAll(async () => {
    await telegram.stop();
    await server.stop();
    app.close();
  });

  it('on Telegram: "收到" gets 参加 / 请假 buttons; 请假 pressed asks the reason, and the next message is it', async () => {
    const id = await noticeFor(app, '张三', '13800001234', 'telegram:3001');
    const client = server.getClient(TOKEN, { userId: 3001, chatId: 3001, firstName: '张三', timeout: 1000 });
    await client.sendMessage(client.makeMessage('收到'));
    const asked = await botSays(apiRoot, 3001, (texts) => texts.some((t) => t.includes('参加还是请假')));
    const buttons = asked.at(-1)?.reply_markup?.inline_keyboard?.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(['参加', '请假']);
    expect((await app.notices.roll(id)).unanswered.map((m) => m.name)).toEqual(['张三']);

    await client.sendCallback(client.makeCallbackQuery(buttons.find((b) => b.text === '请假')!.callback_data));
    await botSays(apiRoot, 3001, (texts) => texts.some((t) => t.includes('请假的原因')));
    await client.sendMessage(client.makeMessage('家里老人住院了'));
    await botSays(apiRoot, 3001, (texts) => texts.some((t) => t.includes('家里老人住院了')));
    expect((await app.notices.roll(id)).excused.map((r) => [r.name, r.reason])).toEqual([['张三', '家里老人住院了']]);
  });

  it('on WeChat (no buttons): "好的" gets a 请回复 line; everyday words then record the answer with its reason', async () => {
    const world = await new WechatWorld(app.core, {}).start();
    try {
      const li = world.contact('李四');
      const id = await noticeFor(app, '李四', '13900005678', `wechat:${li.id}`);
      li.say('好的').to(world.bot);
      const asked = await world.heardBy(li, (texts) => texts.some((t) => t.includes('请回复')));
      expect(asked.join('\n')).toContain('请回复：参加 / 请假');
      li.say('那天去不了，在外地出差').to(world.bot);
      await world.heardBy(li, (texts) => texts.some((t) => t.includes('已登记')));
      const roll = await app.notices.roll(id);
      expect(roll.excused.map((r) => r.name)).toEqual(['李四']);
      expect(roll.excused[0]?.reason).toContain('在外地出差');
    } finally {
      await world.channel.stop();
    }
  });

  it('on WeChat, a bubble right after an answer adds its note, more of the reason, or changes the answer', async () => {
    const world = await new WechatWorld(app.core, {}).start();
    try {
      const qian = world.contact('钱七');
      const id = await noticeFor(app, '钱七', '13500007777', `wechat:${qian.id}`);
      qian.say('参加').to(world.bot);
      await world.heardBy(qian, (texts) => texts.some((t) => t.includes('已登记：参加')));
      qian.say('对了，我可能九点过几分才到，前面有个早会').to(world.bot);
      await world.heardBy(qian, (texts) => texts.some((t) => t.includes('九点过几分才到')));
      expect((await app.notices.roll(id)).attending.map((r) => [r.name, r.reason])).toEqual([['钱七', '可能九点过几分才到']]);

      qian.say('算了，那天单位要值班，请假吧').to(world.bot);
      await world.heardBy(qian, (texts) => texts.some((t) => t.includes('已登记：请假')));
      qian.say('值的是夜班，第二天上午要补觉').to(world.bot);
      await world.heardBy(qian, (texts) => texts.some((t) => t.includes('补觉')));
      expect((await app.notices.roll(id)).excused[0]?.reason).toMatch(/值班.*补觉/u);

      qian.say('跟同事换了班，可以参加了，刚才那个请假作废').to(world.bot);
      await world.heardBy(qian, (texts) => texts.filter((t) => t.includes('已登记：参加')).length >= 3);
      expect((await app.notices.roll(id)).attending.map((r) => r.name)).toEqual(['钱七']);
    } finally {
      await world.channel.stop();
    }
  });

  it('on WeChat, "两个都去不了" excuses both and the reason sent next goes to both', async () => {
    const world = await new WechatWorld(app.core, {}).start();
    try {
      const zhao = world.contact('赵六');
      const first = await noticeFor(app, '赵六', '13600004444', `wechat:${zhao.id}`);
      const second = await noticeFor(app, '赵六', '13600004444', `wechat:${zhao.id}`, { ...fields, title: '关于参加专题协商会的通知', time: '12月10日下午2:30' });
      zhao.say('两个都去不了').to(world.bot);
      await world.heardBy(zhao, (texts) => texts.some((t) => t.includes('请假的原因')));
      zhao.say('这个月都在北京跟班学习').to(world.bot);
      await world.heardBy(zhao, (texts) => texts.filter((t) => t.includes('在北京跟班学习')).length >= 2);
      for (const id of [first, second]) expect((await app.notices.roll(id)).excused.map((r) => [r.name, r.reason])).toEqual([['赵六', '这个月都在北京跟班学习']]);
    } finally {
      await world.channel.stop();
    }
  });

  it('on WeChat, a quote-reply to one of two notices answers the one quoted', async () => {
    const world = await new WechatWorld(app.core, {}).start();
    try {
      const wang = world.contact('王五');
      const first = await noticeFor(app, '王五', '13700009876', `wechat:${wang.id}`);
      const title = '关于参加“优化营商环境”专题协商会的通知';
      const second = await noticeFor(app, '王五', '13700009876', `wechat:${wang.id}`, { ...fields, title, time: '12月10日下午2:30', body: '请做好发言准备。' });
      wang.say(`「${title}」\n- - - - - - - - - - - - - - -\n参加`).to(world.bot);
      await world.heardBy(wang, (texts) => texts.some((t) => t.includes('已登记')));
      expect((await app.notices.roll(second)).attending.map((r) => r.name)).toEqual(['王五']);
      expect((await app.notices.roll(first)).unanswered.map((m) => m.name)).toEqual(['王五']);
    } finally {
      await world.channel.stop();
    }
  });
});
