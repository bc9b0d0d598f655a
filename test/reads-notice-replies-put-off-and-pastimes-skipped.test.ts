import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { answerAboutNotice } from '../src/notices/chat/read-reply.ts';
import { splitPerNotice } from '../src/notices/chat/several-notices.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { leave, table, unclear } from './support/reply-readings.ts';
import { testConfig } from './support/test-app.ts';

describe('an answer put off, or hanging on a rota, is no answer yet', () => {
  table([
    ['晚点再回你们', unclear],
    ['等会儿再回复你，要看医院排班', unclear],
    ['得看下个月的值班表', unclear],
    // Having looked at the diary already, the member does answer.
    ['不好意思刚看了下日程，去不了，要出差', leave('要出差')],
  ]);
});

const standingCommittee = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期五）上午9:00', place: '市民之家三楼第一会议室' };
const consultation = { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日下午2:30', place: '市政协机关四楼会议室' };

describe('neither meeting, with a day’s errand said beside it', () => {
  it('records leave for both, the errand being why', () => {
    const parts = splitPerNotice('两个会都去不了，下周一直在省里学习，这周五也要提前过去报到', [standingCommittee, consultation]);
    expect(parts?.map((p) => p.reading.kind)).toEqual(['leave', 'leave']);
  });
});

describe('two meetings, one answered and the other put off', () => {
  it('records the one answered and leaves the other waiting', () => {
    const parts = splitPerNotice('10号下午的协商会我参加，常委会晚点再回你们，要看医院排班', [standingCommittee, consultation]);
    expect(parts).toEqual([
      { noticeId: 2, reading: { kind: 'attend', remark: '' } },
      { noticeId: 1, reading: unclear },
    ]);
  });
});

describe('questions about the meeting', () => {
  const notice = { ...standingCommittee, scope: '全体常委', body: '会议审议《关于优化营商环境的协商报告》。请提前15分钟到场，着正装。联系人：市政协办公室王秘书，电话0719-8123456。', replyBy: null };

  it('answers each of two questions on different things', () => {
    const answer = answerAboutNotice('agenda', notice, '要审议什么？在几楼开');
    expect(answer).toContain('审议');
    expect(answer).toContain('市民之家三楼第一会议室');
  });

  it('sends whoever would come along to the contact the notice names', () => {
    expect(answerAboutNotice('other', notice, '我的司机能跟着进会场吗')).toContain('0719-8123456');
  });
});

describe('in chat, with a 协商会 waiting', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const roster = new FakeRoster([{ memberId: 'P1', name: '委员甲', sector: '民建', committee: '经济委', accounts: [{ channel: 'console', chatId: 'p1', isGroup: false }] }]);
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const fields: NoticeFields = { title: '关于召开民营经济专题协商会的通知', time: '11月25日下午2:30', place: '市政协四楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
    id = (await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['P1'], groups: [] }, 'office', now)).id;
    await app.notices.send(id, 'office', now);
  });
  afterAll(() => app.close());

  it('records nothing for a game, a dinner or a calligraphy party, skipped or attended', async () => {
    const member = new ChatDriver(() => app, 'p1');
    await member.say('晚上的羽毛球我去不了了哈，帮我跟老张说一声');
    await member.say('周五的聚餐我就不去了');
    await member.say('今天下午书画院的笔会我参加，帮着写几幅字');
    const roll = await app.notices.roll(id);
    expect([...roll.attending, ...roll.excused]).toEqual([]);
  });
});

describe('more everyday replies', () => {
  table([
    // 滴 closing the word, as 的 (northwest, Hubei).
    ['去滴', { kind: 'attend', remark: '' }],
    // What the member checks in for elsewhere is the reason, all of it.
    ['那天要去省政协报到参加培训 请假', leave('那天要去省政协报到参加培训')],
    // The half of the day checked is a question about the time.
    ['5号上午？不是下午吗', { kind: 'question', topic: 'time' }],
  ]);
});
