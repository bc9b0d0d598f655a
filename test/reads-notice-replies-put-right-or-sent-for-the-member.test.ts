import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';
import { splitPerNotice } from '../src/notices/chat/several-notices.ts';
import type { NoticeFields } from '../src/notices/types.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { FakeRoster } from './support/notice-fakes.ts';
import { attend, leave, table, unclear } from './support/reply-readings.ts';
import { testConfig } from './support/test-app.ts';

describe('leave asked only to come late or go early', () => {
  table([
    ['参加，但是要请个假早退，下午三点半得走', attend('要早退，下午三点半得走')],
    ['请个假，晚到一会', attend('晚到一会')],
  ]);
});

describe('no problem with the meeting pointed at', () => {
  table([
    ['那个会没问题', attend()],
    ['上午那个会没问题', attend()],
  ]);
});

describe('a no to the photo alone', () => {
  table([['合影我就不参加了哈', unclear]]);
});

describe('someone writing for the member', () => {
  table([['您好 我替我们家老头子回一下 他腿摔了在家养着 去不了', leave('他腿摔了在家养着')]]);

  it('reads what follows who writes, said by voice in one run, as the member\'s answer', () => {
    const reading = readReply('我是他爱人他手机在我这他人在医院做手术呢这个会他去不了等他出来我再跟他说');
    expect(reading.kind).toBe('leave');
    expect(reading.kind === 'leave' && reading.reason).toContain('在医院做手术');
  });
});

describe('two meetings said the wrong way round, then put right by voice', () => {
  it('takes the answers said after 说反了', () => {
    const refs = [
      { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼第一会议室' },
      { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日（星期四）下午2:30', place: '市政协机关四楼会议室' },
    ];
    expect(splitPerNotice('五号那个我去不了哦不对我说反了五号常委会我能去是十号那个去不了十号那天要陪领导接待外商', refs)).toEqual([
      { noticeId: 1, reading: attend() },
      { noticeId: 2, reading: leave('那天要陪领导接待外商') },
    ]);
  });
});

describe('a reason put right in the next bubble', () => {
  const now = new Date('2026-11-10T02:00:00Z');
  const fields: NoticeFields = { title: '关于召开市政协常委会会议的通知', time: '11月20日上午9:00', place: '市政协五楼会议室', scope: '全体常委', body: '请准时参加。', needsReply: true, replyBy: new Date('2026-11-18T10:00:00Z') };
  const roster = new FakeRoster([{ memberId: 'M1', name: '委员1', sector: '农工党', committee: '社法委', accounts: [{ channel: 'console', chatId: 'r1', isGroup: false }] }]);
  let app: App;
  let id = 0;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { roster, now: () => now });
    const created = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['M1'], groups: [] }, 'office', now);
    await app.notices.send(created.id, 'office', now);
    id = created.id;
  });
  afterAll(() => app.close());

  it('replaces the words taken back with the ones given', async () => {
    const member = new ChatDriver(() => app, 'r1');
    expect(await member.say('请假')).toContain('原因');
    expect(await member.say('出差')).toContain('已登记：请假（出差）');
    expect(await member.say('不是出差 是去省里参加培训 刚才写错了')).toContain('已登记：请假（去省里参加培训）');
    expect([...(await app.notices.roll(id)).excused].find((r) => r.memberId === 'M1')?.reason).toBe('去省里参加培训');
  });
});
