import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { namesAnotherDay, namesOtherHalf } from '../src/notices/chat/another-day.ts';
import { readAgainstHours } from '../src/notices/chat/meeting-hours.ts';
import { readReply, type ReplyReading } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

const attend = (remark = ''): ReplyReading => ({ kind: 'attend', remark });

const table = (cases: [string, ReplyReading][]) =>
  it.each(cases)('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });

describe('other people’s coming and going', () => {
  it('records nothing for colleagues of the member’s unit or sector', () => {
    for (const text of ['我们单位的张主任和李委员都来不了，托我说一声', '我们处长那天也要去省里开会']) expect(['none', 'unclear']).toContain(readReply(text).kind);
  });

  it('does not take a person named first as the one addressed', () => {
    expect(readReply('赵主席说他那天不去了').kind).not.toBe('leave');
  });
});

describe('another engagement beside the answer', () => {
  table([
    ['后天公司有个会我请了假，5号常委会我去', attend()],
    ['这次我参加，下个月那个会怕是去不了，到时候再说', attend()],
    ['孩子期末家长会让他妈去，我去开常委会', attend()],
    ['老乡的饭局我就不去了，常委会准时到', attend()],
  ]);

  it('keeps an engagement named before the word 参加 in the reason', () => {
    expect(readReply('那天真走不开，市里有个检查要参加')).toEqual({ kind: 'leave', reason: '那天真走不开，市里有个检查要参加' });
  });
});

describe('coming, only not as the member first put it', () => {
  table([
    ['不是请假，是要晚半小时', attend('要晚半小时')],
    ['不去怎么可能，不去是不可能的', attend()],
    ['之前说请假的那条作废，我能去', attend()],
  ]);
});

describe('asking whether one can make it', () => {
  it('is a question about the time, not a leave', () => {
    expect(readReply('我在武汉出差，5号早上赶回来来得及吗？')).toEqual({ kind: 'question', topic: 'time' });
  });
});

describe('marks on a reply form', () => {
  table([
    ['✔', attend()],
    ['❌', { kind: 'leave', reason: '' }],
  ]);

  it('asks about a bare 不', () => {
    expect(readReply('不').kind).toBe('unclear');
  });
});

describe('days and halves of the day that are not the meeting’s', () => {
  const refs = [{ id: 1, title: '关于召开常委会会议的通知', time: '12月5日上午9:00', place: '一号会议室' }];
  const now = new Date('2026-12-01T02:00:00Z');

  it('finds a day no waiting meeting is on, said with the answer', () => {
    expect(namesAnotherDay('7号可以参加', refs, now)).toBe(true);
    expect(namesAnotherDay('明天要去县里检查', refs, now)).toBe(true);
  });

  it('leaves alone the member’s own dates when the answer is said apart, or the meeting’s day is in a span', () => {
    expect(namesAnotherDay('我3号出差，4号晚上回来，参加', refs, now)).toBe(false);
    expect(namesAnotherDay('本人12月4日至6日在党校学习', refs, now)).toBe(false);
    expect(namesAnotherDay('5号我参加', refs, now)).toBe(false);
  });

  it('finds the other half of the day said with the coming', () => {
    expect(namesOtherHalf('5号下午我到', '12月5日上午9:00')).toBe(true);
    expect(namesOtherHalf('参加，下午有个接待得早走', '12月5日上午9:00')).toBe(false);
  });

  it('hears busy only in the other half, and the meeting’s half kept, as coming', () => {
    expect(readAgainstHours('5号下午要接待客商，上午的会没问题', '12月5日上午9:00')?.kind).toBe('attend');
  });
});

describe('in chat, a day said that no waiting meeting is on', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster([{ memberId: 'M1', name: '委员1', sector: '民进', committee: '文史委', accounts: [{ channel: 'console', chatId: 'd1', isGroup: false }] }]);
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const fields: NoticeFields = { title: '关于召开文史工作座谈会的通知', time: '11月20日上午9:00', place: '市政协二楼会议室', scope: '相关委员', body: '请准时参加。联系人：市政协办公室李秘书，电话0719-8120000。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    id = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['M1'], groups: [] }, 'office', now)).id;
    await app.notices.send(id, 'office', now);
  });
  afterAll(() => app.close());

  it('asks 参加还是请假 instead of recording, and names the contact for what the notice does not say', async () => {
    const member = new ChatDriver(() => app, 'd1');
    expect(await member.say('22号可以参加')).toContain('参加还是请假');
    const roll = await app.notices.roll(id);
    expect([...roll.attending, ...roll.excused]).toEqual([]);
    expect(await member.say('取消')).toBeTruthy();
    expect(await member.say('请假需要写请假条吗？')).toContain('李秘书');
  });
});

describe('asked when to be there', () => {
  it('gives the hour and how early to come, as the notice says', async () => {
    const { answerAboutNotice } = await import('../src/notices/chat/read-reply.ts');
    const answer = answerAboutNotice('time', { title: '关于召开常委会会议的通知', time: '12月5日上午9:00', place: '一号会议室', scope: '全体常委', body: '请提前20分钟到场签到。', replyBy: null }, '几点到？');
    expect(answer).toContain('9:00');
    expect(answer).toContain('提前20分钟');
  });
});
