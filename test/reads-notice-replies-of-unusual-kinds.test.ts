import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply, type ReplyReading } from '../src/notices/chat/read-reply.ts';
import { pickNotice } from '../src/notices/chat/several-notices.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

const attend = (remark = ''): ReplyReading => ({ kind: 'attend', remark });
const unclear: ReplyReading = { kind: 'unclear' };
const none: ReplyReading = { kind: 'none' };

describe('a formal letter with other business in it, answering in a sentence of its own', () => {
  it('finds the yes after news about a proposal', () => {
    const letter = '赵主任您好！这阵子医院在迎接等级评审，科里人手紧张；我牵头的那件关于社区养老的提案，承办单位已经来函答复了，谢谢您们跟进。8日的主席会议，本人按时出席。祝一切顺利！';
    expect(readReply(letter)).toEqual(attend());
  });

  it('finds the leave and keeps why, leaving out the business around it', () => {
    const letter = '市政协办公室：通知已收悉。因医院派我带队赴西藏开展义诊，本人11月28日至12月9日不在本地，无法出席此次会议，特此请假。另外，本季度的社情民意信息我已通过平台报送。';
    const reading = readReply(letter);
    expect(reading.kind).toBe('leave');
    expect(reading.kind === 'leave' && reading.reason).toContain('带队赴西藏开展义诊');
    expect(reading.kind === 'leave' && reading.reason).not.toContain('社情民意');
  });

  it.each([
    '我想反映一下：本人多次参加社区议事会，发现群众对垃圾分类意见很大，建议市里统一收运时间。',
    '上周我参加了社区调研，发现老旧小区加装电梯困难，群众反映强烈，本人建议有关部门加快审批。',
  ])('still takes an opinion that mentions attending something for no answer: %s', (text) => {
    expect(readReply(text)).toEqual(none);
  });
});

describe('the member’s own answer beside someone else’s absence', () => {
  it.each<[string, ReplyReading]>([
    ['我到。另外赵红梅委员那天出差，来不了', attend()],
    ['能来，还有孙立新主任请假了', attend()],
    ['出席，对了老王说他去不了', attend()],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });

  it('does not take a colleague’s absence alone for the member’s leave', () => {
    expect(readReply('另外钱卫东委员去不了')).toEqual(unclear);
  });
});

describe('slips of the pinyin keyboard for 参加, and a bare count-me', () => {
  it.each<[string, ReplyReading]>([
    ['才加，谢谢', attend()],
    ['灿佳', attend()],
    ['好的，菜加', attend()],
    ['今晚才加完班', none],
    ['+1', unclear],
    ['＋1', unclear],
    ['1', unclear],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});

describe('coming late, with the journey or errand that makes it late', () => {
  it.each([
    ['可以参加，只是航班十点才落地，要晚到半小时', '航班十点才落地，要晚到半小时'],
    ['我来，会晚到半小时，早上的航班延误了', '会晚到半小时，早上的航班延误了'],
    ['我去，迟二十分钟左右，早上得送孩子去幼儿园', '迟二十分钟左右，早上得送孩子去幼儿园'],
  ])('%s', (text, remark) => {
    expect(readReply(text)).toEqual(attend(remark));
  });
});

describe('a meeting called by a name close to one notice’s title', () => {
  const pending = [
    { id: 31, title: '关于召开全市文化旅游发展座谈会的通知', time: '11月20日上午9:00', place: '市文化馆二楼' },
    { id: 32, title: '关于召开市政协主席会议（扩大）的通知', time: '11月25日下午3:00', place: '市政协五楼会议室' },
  ];
  it.each<[string, number | null]>([
    ['文旅会议去不了，那天要出差', 31],
    ['主任会议我参加', 32],
    // Too little in common with either, or nothing beyond what every meeting is called.
    ['市场监管会我参加', null],
    ['政协会议我参加', null],
  ])('%s', (text, id) => {
    expect(pickNotice(text, pending)).toBe(id);
  });
});

describe('in chat', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster(['M1', 'M2', 'M3', 'M4'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '民进', committee: '文史委', accounts: [{ channel: 'console', chatId: `m${i + 1}`, isGroup: false }] })));
  const notice = (title: string, time: string): NoticeFields => ({ title, time, place: '市政协五楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') });
  let app: App;
  let forum = 0;
  let council = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const send = async (fields: NoticeFields, members: string[]) => {
      const created = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members, groups: [] }, 'office', now);
      await app.notices.send(created.id, 'office', now);
      return created.id;
    };
    forum = await send(notice('关于召开全市文化旅游发展座谈会的通知', '11月20日上午9:00'), ['M1', 'M2', 'M3', 'M4']);
    council = await send(notice('关于召开市政协主席会议（扩大）的通知', '11月25日下午3:00'), ['M2', 'M3']);
  });
  afterAll(() => app.close());

  const answerOf = async (noticeId: number, memberId: string) => {
    const roll = await app.notices.roll(noticeId);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('"+1" is asked 参加 or 请假, and the answer to that is recorded', async () => {
    const member = new ChatDriver(() => app, 'm1');
    const asked = await member.say('+1');
    expect(asked).toContain('参加');
    expect(asked).toContain('请假');
    expect(await answerOf(forum, 'M1')).toBeUndefined();
    expect(await member.say('参加')).toContain('已登记：参加');
  });

  it('a bare slip for 参加 with two notices waiting asks which one', async () => {
    const member = new ChatDriver(() => app, 'm2');
    const asked = await member.say('蔡佳');
    expect(asked).toContain('座谈会');
    expect(asked).toContain('主席会议');
    expect(await answerOf(forum, 'M2')).toBeUndefined();
    expect(await answerOf(council, 'M2')).toBeUndefined();
  });

  it('a leave for a meeting called by a near name is recorded for that meeting only', async () => {
    const member = new ChatDriver(() => app, 'm3');
    expect(await member.say('文旅会议去不了，那天要去省里开会')).toContain('已登记：请假');
    expect((await answerOf(forum, 'M3'))?.reason).toContain('去省里开会');
    expect(await answerOf(council, 'M3')).toBeUndefined();
  });

  it('a formal letter is recorded rather than answered from the knowledge base', async () => {
    const member = new ChatDriver(() => app, 'm4');
    const letter = '办公室各位好！上月转来的那份提案答复我看过了，没有异议，承办单位也很用心，回头我再写个书面反馈给他们。20日的座谈会，本人准时参加。顺颂商祺';
    expect(await member.say(letter)).toContain('已登记：参加');
    expect((await answerOf(forum, 'M4'))?.answer).toBe('参加');
  });
});
