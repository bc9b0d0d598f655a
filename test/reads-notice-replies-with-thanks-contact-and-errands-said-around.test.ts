import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, sendNoticeTo, THE_TWO_MEETINGS } from './support/notice-fakes.ts';
import { attend, leave, table, unclear } from './support/reply-readings.ts';
import { testConfig } from './support/test-app.ts';

describe('words to the office beside the answer, which answer nothing', () => {
  table([
    ['以后有事也可以打我电话：15907196688', { kind: 'none' }],
    ['收到，谢谢王秘书，周末还在忙，辛苦了！', unclear],
    // ("有事" is still a reason when it keeps the member away.)
    ['我那天有事去不了', leave('那天有事')],
  ]);
});

describe('coming, said as going anyway, on time to the floor, or early by voice', () => {
  table([
    ['上个月刚做了手术，医生说能正常活动了，常委会我还是要去的，就是走得慢', attend()],
    ['10号下午两点半，我准时到四楼。', attend()],
    ['王秘书好久不见了这次常委会的通知我看到了放心吧我到时候提前一刻钟到穿正装嘛我晓得的', attend()],
    ['参加 下午3点前能到 上午在外面有个接待', attend('下午3点前能到')],
  ]);

  // (A guard: it held before.)
  it('keeps no thanks for an earlier favour as a request beside the yes', () => {
    expect(readReply('上回视察多亏你帮忙安排车子，这次常委会我准时到')).toEqual(attend());
  });
});

describe('a family member relaying a call, and someone sent instead', () => {
  table([
    ['我是委员家里人，他手机落家里了，刚打电话回来说10号的协商会他去', attend()],
  ]);

  it('reads a long letter with a doctor’s advice in it as the leave it asks', () => {
    const reading = readReply('王秘书，跟您说一下，上周体检查出胆结石，医生建议尽快做手术，已经排在12月3号，术后要住院五到七天，5号的常委会实在去不了，只能请假了，抱歉。');
    expect(reading).toEqual({ kind: 'leave', reason: expect.stringContaining('医生建议尽快做手术') });
  });
});

describe('whether a member who is no 常委 may come', () => {
  it('is a question about who the meeting is for', () => {
    expect(readReply('我不是常委能去吗？')).toEqual({ kind: 'question', topic: 'scope' });
  });
});

describe('with notices waiting', () => {
  const now = new Date('2026-11-29T02:00:00Z');
  const roster = new FakeRoster([
    { memberId: 'T1', name: '委员己', sector: '民进', committee: '经济委', accounts: [{ channel: 'console', chatId: 't1', isGroup: false }] },
    { memberId: 'T2', name: '委员庚', sector: '工商联', committee: '经济委', accounts: [{ channel: 'console', chatId: 't2', isGroup: false }] },
    { memberId: 'T3', name: '委员辛', sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId: 't3', isGroup: false }] },
    { memberId: 'T4', name: '委员壬', sector: '农工', committee: '经济委', accounts: [{ channel: 'console', chatId: 't4', isGroup: false }] },
  ]);
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    for (const fields of THE_TWO_MEETINGS) ids.push(await sendNoticeTo(app, fields, ['T1'], now));
    ids.push(await sendNoticeTo(app, THE_TWO_MEETINGS[1]!, ['T2'], now));
    for (const fields of THE_TWO_MEETINGS) ids.push(await sendNoticeTo(app, fields, ['T3'], now));
    ids.push(await sendNoticeTo(app, THE_TWO_MEETINGS[0]!, ['T4'], now));
  });
  afterAll(() => app.close());

  it('records 参加 for each when both are acknowledged, then both attended', async () => {
    await new ChatDriver(() => app, 't1').say('两个通知都看到了五号的常委会和十号的协商会我都去');
    for (const id of ids.slice(0, 2)) expect((await app.notices.roll(id)).attending.map((entry) => entry.memberId)).toEqual(['T1']);
  });

  it('records leave for the meeting named when someone is sent instead, the errand as the reason', async () => {
    await new ChatDriver(() => app, 't2').say('10号下午我要去省工商联开会，让我们商会副会长赵立新代我去协商会，可以吗');
    expect((await app.notices.roll(ids[2]!)).excused.map((entry) => entry.reason)).toEqual([expect.stringContaining('省工商联开会')]);
  });

  it('reads a tick and a cross set before the weekdays of the two meetings', async () => {
    await new ChatDriver(() => app, 't3').say('✅周六 ❌周四（出差）');
    expect((await app.notices.roll(ids[3]!)).attending.map((entry) => entry.memberId)).toEqual(['T3']);
    expect((await app.notices.roll(ids[4]!)).excused.map((entry) => entry.reason)).toEqual(['出差']);
  });

  it('takes back a leave said by mistake, the leave being from another week’s training', async () => {
    const member = new ChatDriver(() => app, 't4');
    await member.say('请假');
    await member.say('不对不对，看串了，要请假的是下周的培训，常委会我参加');
    expect((await app.notices.roll(ids[5]!)).attending.map((entry) => entry.memberId)).toEqual(['T4']);
  });
});
