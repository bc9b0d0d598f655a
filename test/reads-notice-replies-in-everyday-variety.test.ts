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
const leave = (reason = ''): ReplyReading => ({ kind: 'leave', reason });
const unclear: ReplyReading = { kind: 'unclear' };

describe('thanks to a staff member by name closing a reply', () => {
  it.each<[string, ReplyReading]>([
    ['收到收到我周四下午两点前一定到感谢李主任', attend()],
    ['请假，那天要出差，谢谢刘秘书', leave('那天要出差')],
    ['辛苦张老师', unclear],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});

describe('必须 as a firm yes', () => {
  it.each<[string, ReplyReading]>([
    ['这回必须去！', attend()],
    ['必须来的', attend()],
    // Must go somewhere else: that is the reason for not coming.
    ['那天我必须去医院', leave('那天我必须去医院')],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});

describe('a family member replying on the member’s account', () => {
  it.each<[string, ReplyReading]>([
    ['我儿子叫我替他回复一下：请假，他腰椎间盘突出', leave('他腰椎间盘突出')],
    ['我女儿让我帮她回一下，她参加', attend()],
    // Passing on a colleague’s absence is no reply for the account; the writer’s own answer is.
    ['小刘那边请假了，托我替他说一声，我自己准时到', attend()],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});

describe('coming late, with the hour they will be there by', () => {
  it.each([
    ['会晚一点，大概十点前能到', '会晚一点，大概十点前能到'],
    ['可能迟到，十点之前应该到得了', '可能迟到，十点之前应该到得了'],
  ])('%s', (text, remark) => {
    expect(readReply(text)).toEqual(attend(remark));
  });

  it('an hour before the start alone is no late arrival', () => {
    expect(readReply('我周一上午八点之前肯定到')).toEqual(attend());
  });
});

describe('what the member will do at the meeting, noted beside the yes', () => {
  it.each([
    ['协商会我参加，发言题目是《关于降低中小企业融资成本的几点建议》', '发言题目是《关于降低中小企业融资成本的几点建议》'],
    ['参加，我是民建的，会上代表民建发言', '会上代表民建发言'],
  ])('%s', (text, remark) => {
    expect(readReply(text)).toEqual(attend(remark));
  });

  it('still drops a party-and-name signature', () => {
    expect(readReply('请假，身体不适，民盟李明')).toEqual(leave('身体不适'));
  });
});

describe('the meeting’s day or hour that will not do', () => {
  it.each<[string, ReplyReading]>([
    ['那天不行', leave()],
    ['9号我不行，要去党校', leave('要去党校')],
    ['上午的会啊？那不行，上午我有两节课', leave('上午我有两节课')],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });

  it('does not take a bare 不行 or an ailment as the answer', () => {
    expect(readReply('不行').kind).not.toBe('leave');
    expect(readReply('我的腰不行了').kind).not.toBe('leave');
  });
});

describe('a notice pointed at by its weekday or its reply deadline', () => {
  const forum = { id: 41, title: '关于召开乡村振兴专题座谈会的通知', time: '11月20日上午9:00', place: '市政协五楼会议室', replyBy: new Date('2026-11-18T10:00:00Z') };
  const council = { id: 42, title: '关于召开市政协主席会议的通知', time: '11月25日下午3:00', place: '市政协三楼会议室', replyBy: new Date('2026-11-23T10:00:00Z') };

  it.each<[string, number | null]>([
    ['周三那个我去', 42],
    ['星期五的请假，在外地', 41],
    ['周一那个参加', null],
    ['23号截止的那个我参加', 42],
    ['18号前要回的那个请假', 41],
    ['18号的会参加', null],
  ])('%s', (text, id) => {
    expect(pickNotice(text, [forum, council])).toBe(id);
  });

  it('counts from a weekday another notice writes beside its date, whatever the year', () => {
    const written = { ...forum, time: '11月20日（星期五）上午9:00', replyBy: null };
    expect(pickNotice('星期三的参加', [written, { ...council, replyBy: null }])).toBe(42);
  });

  it('takes a January meeting answered in December as next year’s', () => {
    const january = { ...council, time: '1月6日下午3:00', replyBy: new Date('2026-12-30T10:00:00Z') };
    expect(pickNotice('周三那个请假', [forum, january])).toBe(42);
  });
});

describe('in chat, the bubble that says which meeting', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster(['M1', 'M2'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '农工党', committee: '社法委', accounts: [{ channel: 'console', chatId: `v${i + 1}`, isGroup: false }] })));
  const notice = (title: string, time: string, replyBy: string): NoticeFields => ({ title, time, place: '市政协五楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date(replyBy) });
  let app: App;
  let council = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    for (const [title, time, replyBy] of [
      ['关于召开乡村振兴专题座谈会的通知', '11月20日上午9:00', '2026-11-18T10:00:00Z'],
      ['关于召开市政协主席会议的通知', '11月25日下午3:00', '2026-11-23T10:00:00Z'],
    ] as const) {
      const created = await app.notices.create(notice(title, time, replyBy), { allMembers: false, sectors: [], committees: [], members: ['M1', 'M2'], groups: [] }, 'office', now);
      await app.notices.send(created.id, 'office', now);
      council = created.id;
    }
  });
  afterAll(() => app.close());

  const answerOf = async (memberId: string) => {
    const roll = await app.notices.roll(council);
    return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
  };

  it('keeps the reason said beside it, without asking for it again', async () => {
    const member = new ChatDriver(() => app, 'v1');
    expect(await member.say('请假')).toContain('哪一个');
    const recorded = await member.say('是25号那个，那天要陪省里的考察组');
    expect(recorded).toContain('已登记：请假');
    expect(recorded).not.toContain('原因是什么');
    expect((await answerOf('M1'))?.reason).toContain('陪省里的考察组');
  });

  it('keeps a late arrival said beside it as the note', async () => {
    const member = new ChatDriver(() => app, 'v2');
    expect(await member.say('参加')).toContain('哪一个');
    expect(await member.say('周三那个，可能晚到二十分钟')).toContain('已登记：参加');
    expect((await answerOf('M2'))?.reason).toContain('晚到二十分钟');
  });
});

describe('bubbles around the answer, and a slow typist asking where the meeting is', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster(['M1', 'M2', 'M3', 'M4'].map((memberId, i) => ({ memberId, name: `委员${i + 1}`, sector: '农工党', committee: '社法委', accounts: [{ channel: 'console', chatId: `s${i + 1}`, isGroup: false }] })));
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const fields: NoticeFields = { title: '关于召开乡村振兴专题座谈会的通知', time: '11月20日上午9:00', place: '市政协五楼会议室', scope: '相关委员', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    const created = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['M1', 'M2', 'M3', 'M4'], groups: [] }, 'office', now);
    await app.notices.send(created.id, 'office', now);
  });
  afterAll(() => app.close());

  it('asks about a notice forwarded back, and takes no reason from it', async () => {
    const member = new ChatDriver(() => app, 's4');
    expect(await member.say('转发：关于召开乡村振兴专题座谈会的通知，请于11月18日前回复参加或请假')).toContain('参加还是请假');
    expect(await member.say('请假')).toContain('原因');
  });

  it('reads a secretary’s answer finished in the next bubble', async () => {
    const secretary = new ChatDriver(() => app, 's3');
    expect(await secretary.say('我是委员3的秘书')).toContain('参加还是请假');
    expect(await secretary.say('委员这边确认参加')).toContain('已登记：参加');
  });

  it('keeps a circumstance said before the leave as its reason', async () => {
    const member = new ChatDriver(() => app, 's2');
    expect(await member.say('王秘书，跟您说一下')).toContain('您请讲');
    expect(await member.say('我爱人预产期就是11月20号前后')).toContain('参加还是请假');
    expect(await member.say('这个会我就请个假吧')).toContain('已登记：请假（我爱人预产期就是11月20号前后）');
  });

  it('answers the question from the notice instead of holding it as part of a story', async () => {
    const member = new ChatDriver(() => app, 's1');
    expect(await member.say('我眼睛不好')).toContain('慢慢说');
    await member.say('字看不清');
    expect(await member.say('会在哪里开')).toContain('五楼');
  });
});
