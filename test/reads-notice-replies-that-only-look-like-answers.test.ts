import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { answerAboutNotice, readReply } from '../src/notices/chat/read-reply.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster, replyOf, sendNoticeTo } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

/** Replies a careless reader records wrong: 参加 and 请假 said of something else, or not yet meant. */

describe('words the member cites', () => {
  it('are not their answer: what they say themselves is', () => {
    expect(readReply('办法里写着‘只回复请假没写原因的会追问’，我又不请假，我去')).toMatchObject({ kind: 'attend' });
    expect(readReply('通知上说“请于截止前回复参加或请假”，我请假，那天在省里评审')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('省里评审') });
    expect(readReply('群里王秘书说"这次会议不允许请假"，那我肯定到').kind).toBe('attend');
  });

  it('stay their answer when they quote what they answered themselves', () => {
    expect(readReply('我回复的是“请假 去省里学习”').kind).toBe('leave');
  });
});

describe('someone else sent in the member\'s place', () => {
  it('is a leave, the engagement keeping them the reason', () => {
    expect(readReply('那天在省城评审项目，让办公室小陈替我去参加')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('省城评审项目') });
    expect(readReply('我在外地，叫副所长代表我去参加吧')).toMatchObject({ kind: 'leave' });
  });

  it('is no leave when the member says nobody need stand in', () => {
    expect(readReply('我自己去参加，不用别人代我去').kind).toBe('attend');
  });
});

describe('another engagement named with 列席', () => {
  it('is why the member is away, not a yes', () => {
    expect(readReply('那天要列席县党代会')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('党代会') });
    expect(readReply('我得去列席区人代会，来不了')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('人代会') });
  });
});

describe('not there by the hour, said with a word of certainty', () => {
  it('is coming late, with the hour they reckon to arrive', () => {
    const late = readReply('八点半肯定到不了，送完老人大概九点一刻，算我参加');
    expect(late).toMatchObject({ kind: 'attend', remark: expect.stringContaining('九点一刻') });
    expect(readReply('两点半估计赶不上，三点钟到')).toMatchObject({ kind: 'attend' });
  });

  it('is still a leave when they ask for one', () => {
    expect(readReply('九点肯定赶不到，请假吧').kind).toBe('leave');
  });
});

describe('the note on coming in part', () => {
  it('keeps an engagement at an hour said beside leaving early', () => {
    expect(readReply('我来，不过得提前走，十一点还有个会')).toMatchObject({ kind: 'attend', remark: expect.stringContaining('十一点还有个会') });
  });

  it('keeps the hour said beside asking to come late, without the asking', () => {
    const reading = readReply('我想问下能不能晚一点到，十点左右');
    expect(reading).toMatchObject({ kind: 'attend', remark: expect.stringContaining('十点左右') });
    expect(reading).not.toMatchObject({ remark: expect.stringContaining('问') });
  });
});

describe('coming said against a doubt', () => {
  it('is a yes', () => {
    expect(readReply('我是要来的呀，怎么说我没回复').kind).toBe('attend');
    expect(readReply('本来就要去的').kind).toBe('attend');
  });

  it('is not read into a plan to go elsewhere', () => {
    expect(readReply('我要去的那个地方很远').kind).not.toBe('attend');
  });
});

describe('a yes on a condition, with its other branch', () => {
  it('is asked about', () => {
    expect(readReply('要是孩子退烧了我就来，不退就算了').kind).toBe('unclear');
    expect(readReply('车修得好就去，修不好就没辙').kind).toBe('unclear');
    expect(readReply('门诊调得开我就过来，调不开就只能请假').kind).toBe('unclear');
  });

  it('leaves a leave said with a likely clash a leave', () => {
    expect(readReply('估计赶不回来就请个假吧，在外地开会')).toMatchObject({ kind: 'leave' });
    expect(readReply('除非高铁改签得到，不然5号赶不回来，先请个假')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('赶不回来') });
  });
});

describe('asking whether the meeting is still on', () => {
  it('is a question, not a leave', () => {
    expect(readReply('是不是不用去了？听说推迟了')).toEqual({ kind: 'question', topic: 'held' });
    expect(readReply('这个会还照常开吗')).toEqual({ kind: 'question', topic: 'held' });
    expect(readReply('协商会延期了？')).toEqual({ kind: 'question', topic: 'held' });
  });

  it('is answered from the notice, with how changes are announced', () => {
    const answer = answerAboutNotice('held', { title: '关于召开科技创新专题协商会的通知', time: '12月10日下午2:30', place: '市政协三楼会议室', scope: '相关委员', body: '', replyBy: null });
    expect(answer).toContain('12月10日下午2:30');
    expect(answer).toContain('【变更】');
    expect(answer).toContain('相关委员');
  });

  it('leaves a leave that mentions something called off a leave', () => {
    expect(readReply('请假，航班取消了赶不回来')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('航班取消') });
  });
});

describe('in chat, with the 常委会 on the 5th and the 协商会 on the 10th', () => {
  // Tuesday 1 December; the 5th is in this week, the 10th in the next.
  const now = new Date('2026-12-01T02:00:00Z');
  const accounts = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9', 'w10', 'w11'];
  const roster = new FakeRoster(accounts.map((chatId, i) => ({ memberId: `W${i + 1}`, name: `委员${i + 1}`, sector: '民进', committee: '经济委', accounts: [{ channel: 'console', chatId, isGroup: false }] })));
  const council: NoticeFields = {
    title: '关于召开市政协常委会第八次会议的通知',
    time: '12月5日（星期五）上午9:00',
    place: '市民之家二楼报告厅',
    scope: '全体常委',
    body: '会议听取专题报告。请提前20分钟到场。',
    needsReply: true,
    replyBy: new Date('2026-12-03T10:00:00Z'),
  };
  const talks: NoticeFields = { title: '关于参加“科技创新”专题协商会的通知', time: '12月10日下午2:30', place: '市政协三楼会议室', scope: '相关委员', body: '请做好发言准备。', needsReply: true, replyBy: new Date('2026-12-08T10:00:00Z') };
  let app: App;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const send = async (key: string, fields: NoticeFields, members: string[]) => {
      ids[key] = await sendNoticeTo(app, fields, members, now);
    };
    // W8 to W11 have only the 协商会 waiting.
    await send('council', council, accounts.slice(0, 7).map((_, i) => `W${i + 1}`));
    await send('talks', talks, accounts.map((_, i) => `W${i + 1}`));
  });
  afterAll(() => app.close());

  const answerOf = (key: string, memberId: string) => replyOf(app, ids[key] ?? 0, memberId);

  it('records nothing for a meeting today or tomorrow, which no notice waiting is on', async () => {
    const replies = await new ChatDriver(() => app, 'w1').say('明天上午的会我去不了，在外地');
    expect(replies).not.toContain('已登记');
    await new ChatDriver(() => app, 'w2').say('今天下午我请假，要开庭');
    for (const [member, key] of [['W1', 'council'], ['W1', 'talks'], ['W2', 'council'], ['W2', 'talks']] as const) expect(await answerOf(key, member)).toBeUndefined();
  });

  it('still reads the half of the day on a meeting\'s own day as that meeting', async () => {
    await new ChatDriver(() => app, 'w3').say('5号上午来不了，有门诊');
    expect(await answerOf('council', 'W3')).toMatchObject({ answer: '请假', reason: expect.stringContaining('门诊') });
  });

  it('reads this week and the next written in Traditional', async () => {
    await new ChatDriver(() => app, 'w4').say('這週的會我到，下週那個去不了，在廣州參展');
    expect(await answerOf('council', 'W4')).toMatchObject({ answer: '参加' });
    expect(await answerOf('talks', 'W4')).toMatchObject({ answer: '请假', reason: expect.stringContaining('广州参展') });
  });

  it('takes a notice pasted back as no answer, and asks', async () => {
    const member = new ChatDriver(() => app, 'w5');
    const reply = await member.say(`${council.title}\n时间：${council.time}\n地点：${council.place}\n会议听取专题报告。请提前20分钟到场。`);
    expect(reply).toMatch(/参加还是请假/u);
    expect(await member.say('收到')).toMatch(/参加[\s\S]*请假/u);
    expect(await answerOf('council', 'W5')).toBeUndefined();
  });

  it('takes the title quoted back, 参加 and all, as naming the notice, and asks', async () => {
    const member = new ChatDriver(() => app, 'w10');
    expect(await member.say(`${talks.title.replace(/[“”]/gu, '')} 收到`)).toMatch(/参加还是请假/u);
    expect(await answerOf('talks', 'W10')).toBeUndefined();
  });

  it('records nothing for the whole notice forwarded on one line, title first', async () => {
    await new ChatDriver(() => app, 'w11').say(`【转发】${talks.title} 时间：${talks.time} 地点：${talks.place} ${talks.body}请准时到场。`);
    expect(await answerOf('talks', 'W11')).toBeUndefined();
  });

  it('reads what the member writes under a pasted notice', async () => {
    await new ChatDriver(() => app, 'w6').say(`${council.title}\n时间：${council.time}\n地点：${council.place}\n请假，那天在北京学习`);
    expect(await answerOf('council', 'W6')).toMatchObject({ answer: '请假', reason: expect.stringContaining('北京学习') });
  });

  it('takes back a yes when the next bubble holds off', async () => {
    const member = new ChatDriver(() => app, 'w7');
    await member.say('5号那个参加');
    expect(await answerOf('council', 'W7')).toMatchObject({ answer: '参加' });
    expect(await member.say('稍等，我查查那天有没有课')).toContain('已撤销');
    expect(await answerOf('council', 'W7')).toBeUndefined();
  });

  it('records the answer put right in the bubble that owns the mistake', async () => {
    const member = new ChatDriver(() => app, 'w8');
    await member.say('参加');
    await member.say('不好意思点错了，常委会那个我参加的，这个协商会去不了，那天在省里评审');
    expect(await answerOf('talks', 'W8')).toMatchObject({ answer: '请假', reason: expect.stringContaining('省里评审') });
  });

  it('still takes back an answer sent to the wrong chat', async () => {
    const member = new ChatDriver(() => app, 'w9');
    await member.say('参加');
    expect(await member.say('不好意思发错了，这是发给单位群的')).toContain('已撤销');
    expect(await answerOf('talks', 'W9')).toBeUndefined();
  });
});
