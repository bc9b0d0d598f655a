import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
const NOW = new Date('2026-12-01T10:00:00+08:00');
const ids: number[] = [];
let memberId = '';
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => NOW });
  const { member } = await app.storage.members.upsert({ name: '周明', sector: '民盟', phone: '13900002222' }, NOW);
  memberId = member.id;
  await app.storage.members.bind('console:two-meetings', member.id, NOW);
  for (const fields of [
    { title: '关于召开市政协常委会会议的通知', time: '12月5日上午9:00', place: '市民之家三楼第一会议室', scope: '全体常委', body: '会议审议《关于优化营商环境的协商报告》。' },
    { title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日下午2:30', place: '市政协机关四楼会议室', scope: '相关界别委员', body: '请做好发言准备。' },
  ]) {
    const notice = await app.notices.create({ ...fields, needsReply: true, replyBy: new Date('2026-12-03T18:00:00+08:00') }, { allMembers: false, sectors: [], committees: [], members: [member.id], groups: [] }, 'staff', NOW);
    await app.notices.send(notice.id, 'staff', NOW);
    ids.push(notice.id);
  }
});
afterAll(() => app.close());

const answerTo = async (id: number) => {
  const roll = await app.notices.roll(id);
  if (roll.attending.some((r) => r.memberId === memberId)) return '参加';
  return roll.excused.find((r) => r.memberId === memberId)?.reason ?? null;
};

describe('answers to two meetings in separate bubbles', () => {
  it('records "第二个请假" for the second meeting, not as a change to the first', async () => {
    const member = new ChatDriver(() => app, 'two-meetings', '周明');
    await member.say('第一个参加');
    await member.say('第二个请假');
    await member.say('出差去深圳');
    expect(await answerTo(ids[0]!)).toBe('参加');
    expect(await answerTo(ids[1]!)).toContain('深圳');
  });
});

describe('asked which meeting', () => {
  it('takes "两个都请" for both, then asks the reason once and keeps it for both', async () => {
    const { member: second } = await app.storage.members.upsert({ name: '孙丽', sector: '民进', phone: '13900003333' }, NOW);
    await app.storage.members.bind('console:both-leave', second.id, NOW);
    const mine: number[] = [];
    for (const title of ['关于召开市政协主席会议的通知', '关于参加文史资料征集座谈会的通知']) {
      const notice = await app.notices.create({ title, time: '12月12日上午9:00', place: '市政协机关三楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-12-10T18:00:00+08:00') }, { allMembers: false, sectors: [], committees: [], members: [second.id], groups: [] }, 'staff', NOW);
      await app.notices.send(notice.id, 'staff', NOW);
      mine.push(notice.id);
    }
    const sun = new ChatDriver(() => app, 'both-leave', '孙丽');
    await sun.say('请假');
    const asked = await sun.say('两个都请');
    expect(asked).toContain('原因');
    await sun.say('人在国外，月底回');
    for (const id of mine) {
      const roll = await app.notices.roll(id);
      expect(roll.excused.find((r) => r.memberId === second.id)?.reason).toContain('国外');
    }
  });
});
