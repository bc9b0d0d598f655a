import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
const NOW = new Date('2026-12-01T10:00:00+08:00');
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => NOW });
});
afterAll(() => app.close());

describe('the notice’s own words quoted back', () => {
  it('records nothing for "请提前15分钟到场，着正装。"', async () => {
    const { member } = await app.storage.members.upsert({ name: '周明', sector: '民盟', phone: '13900001111' }, NOW);
    await app.storage.members.bind('console:quoter', member.id, NOW);
    const fields = {
      title: '关于召开市政协常委会会议的通知',
      time: '12月5日上午9:00',
      place: '市民之家三楼第一会议室',
      scope: '全体常委',
      body: '会议审议协商报告。请提前15分钟到场，着正装。',
      needsReply: true,
      replyBy: new Date('2026-12-03T18:00:00+08:00'),
    };
    const notice = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: [member.id], groups: [] }, 'staff', NOW);
    await app.notices.send(notice.id, 'staff', NOW);
    const quoter = new ChatDriver(() => app, 'quoter', '周明');
    await quoter.say('请提前15分钟到场，着正装。');
    const roll = await app.notices.roll(notice.id);
    expect(roll.unanswered.map((row) => row.memberId)).toContain(member.id);
  });
});
