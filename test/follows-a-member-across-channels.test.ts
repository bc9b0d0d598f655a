import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { importMembers } from '../src/members/import/import-members.ts';
import { readTable } from '../src/members/import/read-table.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

const now = new Date('2026-11-23T02:00:00Z');
let app: App;
beforeAll(async () => {
  app = await createApp(testConfig({ STAFF_IDS: 'console:office' }), silentLogger(), { now: () => now });
  await importMembers(await readTable('test/fixtures/members/committee.csv'), app.storage.members, now);
});
afterAll(() => app.close());

describe('once bound, a member is one person on WeChat and Telegram', () => {
  it('a draft begun on WeChat before binding is finished on Telegram, and both accounts see the same reports and notices', async () => {
    const onWechat = new ChatDriver(() => app, 'wx-zhang', '花开富贵', 'wechat');
    const onTelegram = new ChatDriver(() => app, '4242', 'zhang_s', 'telegram');

    await onWechat.say('我想反映社情民意');
    await onWechat.say('城南路与学府街交叉口紧邻城南小学，每天上下学约800名学生过马路，路口没有红绿灯，今年已发生3起剐蹭事故。');
    expect(await onWechat.say('绑定 张三 1234')).toContain('绑定成功');
    expect(await onTelegram.say('绑定 张三 1234')).toContain('绑定成功');

    // The draft followed the person: Telegram continues where WeChat stopped.
    const draft = await onTelegram.say('预览');
    expect(draft).toContain('城南路与学府街交叉口');
    expect(draft).toContain('【反映人】张三');
    let reply = await onTelegram.say('建议交警部门在该路口增设红绿灯，上下学时段安排交警值守。');
    for (let i = 0; i < 3 && !/请核对/.test(reply); i++) reply = await onTelegram.say('城乡建设');
    // The preview asks for consent: choosing submits.
    const number = receiptNumber(await onTelegram.say('同意署名'));

    expect(await onWechat.say('我的社情民意')).toContain(number);
    expect(await onWechat.say(`查询 ${number}`)).toContain('城南路与学府街交叉口');

    const fields = { title: '关于召开提案委员会全体会议的通知', time: '12月5日上午9:00', place: '市民之家三楼', scope: '提案委', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-12-03T10:00:00Z') };
    const notice = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['张三'], groups: [] }, 'office', now);
    await app.notices.send(notice.id, 'office', now);
    expect(await onTelegram.say('我参加')).toContain('已登记：参加');
    expect(await onWechat.say('那天去不了，在外地')).toContain('已登记：请假');
    const roll = await app.notices.roll(notice.id);
    expect(roll.excused.map((r) => r.name)).toEqual(['张三']);
    expect(roll.excused[0]?.reason).toContain('在外地');
    expect(roll.attending).toEqual([]);
  });
});
