import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readAgainstHours } from '../src/notices/chat/meeting-hours.ts';
import { readReply, type ReplyReading } from '../src/notices/chat/read-reply.ts';
import { cleanMessage } from '../src/notices/chat/reply-vocabulary.ts';
import { namedIn } from '../src/notices/chat/notice-mentions.ts';
import { splitPerNotice } from '../src/notices/chat/several-notices.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { attend, leave, table, unclear } from './support/reply-readings.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';


describe('a colleague sent in the member’s place is an absence', () => {
  table([
    ['下周我要去杭州参展，让办公室主任替我去', leave('下周我要去杭州参展，让办公室主任替我去')],
    ['那天要陪考察团，请我们秘书长代我过去', leave('那天要陪考察团，请我们秘书长代我过去')],
    // Unsure who goes instead, sure of not coming.
    ['我来不了，有个庭要开，看能不能请所里的合伙人代我参会', leave('有个庭要开，看能否请所里的合伙人代我参会')],
  ]);
});

describe('a first answer given up within the same message', () => {
  table([
    ['请假……算了还是去吧', attend()],
    ['不去了…算了，还是来吧', attend()],
  ]);
});

describe('letters instead of characters: pinyin and English words', () => {
  table([
    ['cj', attend()],
    ['canjia', attend()],
    ['qj，zai wuhan peixun', leave('zai wuhan peixun')],
    ['那两天在Tokyo开会，只能leave了', leave('那两天在Tokyo开会')],
    ['协商会confirmed', attend()],
    ['not confirmed yet，晚点回复', unclear],
  ]);

  it('does not take a question about what is confirmed as a yes', () => {
    expect(readReply('时间confirmed了吗？').kind).toBe('question');
  });

  it('leaves letters inside longer words alone', () => {
    expect(cleanMessage('cjk字体').text).toBe('cjk字体');
  });

  it('reads a numbered list of answers meeting by meeting, not as a notice number', () => {
    const refs = [
      { id: 7, title: '关于召开常委会会议的通知', time: '12月5日上午9:00', place: '一号会议室' },
      { id: 8, title: '关于召开专题协商会的通知', time: '12月10日下午2:30', place: '四楼会议室' },
    ];
    expect(cleanMessage('1 cj，2 qj chuchai').noticeId).toBeUndefined();
    expect(splitPerNotice('1 cj，2 qj chuchai', refs)).toEqual([
      { noticeId: 7, reading: attend() },
      { noticeId: 8, reading: leave('chuchai') },
    ]);
  });
});

describe('smaller words of the same kinds', () => {
  table([
    ['已收悉', unclear],
    ['没有意外的话肯定到', attend()],
    ['除非会议改期，不然5号赶不回来，先给我请个假吧', leave('5号赶不回来')],
    ['我那天上午在县里主持会议', leave('那天上午在县里主持会议')],
    // Not getting back keeps its place when it is the reason, not when it repeats the trip told.
    ['请假，人在外地回不来', leave('人在外地回不来')],
    ['请假，那天要去省城开会实在是赶不回来了', leave('那天要去省城开会')],
    ['6号要陪市里检查组下乡', leave('6号要陪市里检查组下乡')],
    ['老头子最近腰疼得厉害，这次就告个假，请代向主任说明', leave('老头子最近腰疼得厉害')],
    ['星期三的不行，要出差', leave('要出差')],
    // A yes only on a condition, and what happens otherwise: asked about.
    ['如果那天不刮大风就去，刮风的话船停了', unclear],
  ]);
});

describe('what is said beside a yes goes in the note', () => {
  table([
    ['周四上午我要先去银行办事，十点以后能到', attend('周四上午我要先去银行办事，十点以后能到')],
    ['来的，跟小刘一起来', attend('跟小刘一起来')],
    ['我来，顺便把上回的调研报告带过来', attend('顺便把上回的调研报告带过来')],
    ['参加。会场附近能停车吗', attend('会场附近能停车吗？')],
    ['能去，我眼睛不太好，到时候座位可否靠前一些', attend('我眼睛不太好，到时候座位可否靠前一些？')],
  ]);

  it('keeps the note of one meeting when every one is attended', () => {
    const refs = [
      { id: 1, title: '关于召开常委会会议的通知', time: '12月5日上午9:00', place: '一号会议室' },
      { id: 2, title: '关于召开专题协商会的通知', time: '12月10日下午2:30', place: '四楼会议室' },
    ];
    expect(splitPerNotice('两个都来，协商会我打算谈谈物流成本的事', refs)).toEqual([
      { noticeId: 1, reading: attend() },
      { noticeId: 2, reading: attend('我打算谈谈物流成本的事') },
    ]);
    expect(splitPerNotice('两个会我都参加，常委会那天麻烦派个车', refs)).toEqual([
      { noticeId: 1, reading: attend('那天麻烦派个车') },
      { noticeId: 2, reading: attend() },
    ]);
  });
});

describe('several meetings named in one message', () => {
  const refs = [
    { id: 1, title: '关于召开常委会会议的通知', time: '12月5日（星期五）上午9:00', place: '一号会议室' },
    { id: 2, title: '关于召开专题协商会的通知', time: '12月10日下午2:30', place: '四楼会议室' },
  ];

  it('takes "就第一个吧" as choosing that one', () => {
    expect(splitPerNotice('就第一个吧，第二个我再看看', refs)).toEqual([
      { noticeId: 1, reading: attend() },
      { noticeId: 2, reading: unclear },
    ]);
  });

  it('leaves a half-day inside a clause about the other meeting to that clause', () => {
    expect(splitPerNotice('常委会参加。协商会如果上午的事能早点办完就去，到时候再说', refs)).toEqual([
      { noticeId: 1, reading: attend() },
      { noticeId: 2, reading: unclear },
    ]);
  });
});

describe('busy for the meeting’s half of the day, free for the other', () => {
  it.each<[string, string, ReplyReading | null]>([
    ['5号上午我有门诊，下午的话可以', '12月5日上午9:00', leave('5号上午我有门诊')],
    ['那天上午要开庭，下午才有空', '12月5日上午9:00', leave('那天上午要开庭')],
    ['下午要接待客商，上午能来', '12月10日下午2:30', leave('下午要接待客商')],
    // The same words for a meeting in the afternoon say nothing against it.
    ['5号上午我有门诊，下午的话可以', '12月10日下午2:30', null],
    // A yes said outright stands.
    ['参加，上午有点事，下午可以早点到', '12月5日上午9:00', null],
    // The other half busy only on a condition decides nothing; a condition the notice meets does.
    ['要是那天上午的庭开得完 下午就来', '12月10日下午2:30', null],
    ['如果上午的手术做得完，下午就过来', '12月10日下午2:30', null],
    ['如果是上午的会就没问题 我下午才有门诊', '12月5日上午9:00', attend()],
  ])('%s (%s)', (text, time, expected) => {
    expect(readAgainstHours(text, time)).toEqual(expected);
  });
});

describe('in chat, against the one notice waiting', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster(['M1', 'M2'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '民盟', committee: '经济委', accounts: [{ channel: 'console', chatId: `k${i + 1}`, isGroup: false }] })));
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const fields: NoticeFields = { title: '关于召开民营经济发展座谈会的通知', time: '11月20日上午9:00', place: '市政协三楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    id = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['M1', 'M2'], groups: [] }, 'office', now)).id;
    await app.notices.send(id, 'office', now);
  });
  afterAll(() => app.close());

  const answerOf = async (memberId: string) => {
    const roll = await app.notices.roll(id);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('records busy all morning, free in the afternoon, as a leave for a morning meeting', async () => {
    const member = new ChatDriver(() => app, 'k1');
    expect(await member.say('20号上午我有门诊，下午倒是可以')).toContain('已登记：请假');
    expect(await answerOf('M1')).toMatchObject({ answer: '请假', reason: expect.stringContaining('有门诊') });
  });

  it('keeps the reason of an earlier bubble when the leave comes later without one', async () => {
    const member = new ChatDriver(() => app, 'k2');
    expect(await member.say('我这两天发烧')).toContain('已登记：请假');
    // A bubble right after adds to the reason; the leave said again keeps all of it.
    expect(await member.say('39度')).toContain('已登记：请假（这两天发烧，39度）');
    expect(await member.say('座谈会怕是去不了了')).toContain('已登记：请假（这两天发烧，39度）');
  });
});

describe('in chat, two notices waiting and the answer for both after a question', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster([{ memberId: 'M1', name: '委员1', sector: '民建', committee: '经济委', accounts: [{ channel: 'console', chatId: 't1', isGroup: false }] }]);
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    for (const [title, time] of [
      ['关于召开市政协常委会会议的通知', '11月20日上午9:00'],
      ['关于召开科技创新专题协商会的通知', '11月25日下午3:00'],
    ] as const) {
      const fields: NoticeFields = { title, time, place: '市政协五楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
      const created = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['M1'], groups: [] }, 'office', now);
      await app.notices.send(created.id, 'office', now);
      ids.push(created.id);
    }
  });
  afterAll(() => app.close());

  it('records every meeting instead of asking which one', async () => {
    const member = new ChatDriver(() => app, 't1');
    expect(await member.say('收到')).toContain('参加还是请假');
    const replies = await member.say('两个会都参加');
    expect(replies).not.toContain('哪一个');
    for (const id of ids) expect((await app.notices.roll(id)).attending.map((r) => r.memberId)).toContain('M1');
  });
});

describe('a hand up or arms crossed, and a subject both meetings share', () => {
  it.each<[string, string]>([
    ['🙋', 'attend'],
    ['🙋‍♀️', 'attend'],
    ['🙅', 'leave'],
    ['👍', 'unclear'],
  ])('%s', (text, kind) => {
    expect(readReply(text).kind).toBe(kind);
  });
});

describe('a subject both meetings mention', () => {
  const standing = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日上午9:00', place: '市民之家三楼', body: '会议审议《关于优化营商环境的协商报告》。', replyBy: null };
  const forum = { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日下午2:30', place: '市政协四楼', body: '围绕优化营商环境开展专题协商。', replyBy: null };

  it('points at the meeting whose title holds it, not at the other one', () => {
    expect(namedIn('营商环境那个专题会我请假，那天下午有台手术', [standing, forum]).mentions.map((m) => m.id)).toEqual([2]);
    expect(namedIn('营商环境那个我请假，那天在外地招商，常委会照常参加', [standing, forum]).mentions.map((m) => m.id)).toEqual([2, 1]);
  });
});

describe('remarks in brackets, questions about dress and seats, and 到时候说 after a firm yes', () => {
  it.each<[string, ReplyReading]>([
    ['（上次忘回了）去', { kind: 'attend', remark: '' }],
    ['我参加，可以穿民族服装吗', { kind: 'attend', remark: '可以穿民族服装吗？' }],
    ['参加参加 我肯定到 那个报告我还有点想法到时候说', { kind: 'attend', remark: '' }],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });

  it('still hears a decision put off until later', () => {
    expect(readReply('到时候再说吧').kind).toBe('unclear');
  });
});

describe('answers numbered with a dot, and a trade fair on the meeting day', () => {
  const standing = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日上午9:00', place: '市民之家三楼', replyBy: null };
  const forum = { id: 2, title: '关于参加专题协商会的通知', time: '12月10日下午2:30', place: '市政协四楼', replyBy: null };

  it('reads 1.参加 2.请假 meeting by meeting', () => {
    expect(splitPerNotice('1.参加 2.请假（医院值班）', [standing, forum])).toEqual([
      { noticeId: 1, reading: { kind: 'attend', remark: '' } },
      { noticeId: 2, reading: { kind: 'leave', reason: '医院值班' } },
    ]);
  });

  it('reads being at a trade fair as the reason for a leave', () => {
    expect(readReply('10号我在深圳参展，回来得11号').kind).toBe('leave');
  });
});

describe('checking the diary', () => {
  it('hears 我看了下日程 as not decided yet', () => {
    expect(readReply('我看了下日程').kind).toBe('unclear');
  });
});
