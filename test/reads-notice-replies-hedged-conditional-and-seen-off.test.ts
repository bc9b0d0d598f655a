import { describe, expect, it } from 'vitest';
import { readReply } from '../src/notices/chat/read-reply.ts';
import { withDigits } from '../src/notices/chat/notice-mentions.ts';
import { attend, leave, table, unclear } from './support/reply-readings.ts';

describe('a likely absence with nothing more is asked about; a settled one is a leave', () => {
  table([
    ['可能去不了', unclear],
    ['我可能去不了', unclear],
    ['可能去不成了', leave()],
    ['那天可能去不成了，单位年底要迎检', leave('单位年底要迎检')],
  ]);
});

describe('coming on a condition, with the leave as the other branch, is asked about', () => {
  table([
    ['本人当日上午在区法院有庭审，已申请延期，如获准即准时参会，否则请假。', unclear],
    ['当天下午我在中院有个庭 开完估计四点 能赶过去的话就过去', unclear],
    ['如期参加', attend()],
  ]);
});

describe('staying away asked as a permission', () => {
  table([
    ['我可以不去吗？', unclear],
    ['不参加可以吗', unclear],
    // (Said of a meeting stressed as important, it is asked back: coming.)
    ['这么重要的会我能不去吗', attend()],
    ['不去行不行？那天闺女结婚', leave('那天闺女结婚')],
    ['能不能请假', leave()],
  ]);
});

describe('being too busy is the reason when no other is given', () => {
  table([
    ['实在抽不开身 请假吧', leave('抽不开身')],
    ['那天公司年会，实在抽不开身，请假', leave('那天公司年会')],
  ]);
});

describe('everyday yeses: seeing the office there, coming to speak, a typed 晚到', () => {
  table([
    ['好嘞 五号见😊', attend()],
    ['到时候见', attend()],
    ['巴适 要得 我来发个言', attend()],
    ['我参加只是可能要完到一会儿', attend('可能要完到一会儿')],
    ['晚点到，三点左右吧', attend('晚点到，三点左右')],
    ['好的好的收到了我问一下那个九点开始是吧要提前十五分钟那就八点四十五到对吧我参加', attend()],
    ['参加。对了 报告稿能不能提前发一份给我看看', attend()],
  ]);
  it('asking someone first is still a doubt', () => {
    expect(readReply('我先问问')).toEqual(unclear);
    expect(readReply('我问问单位')).toEqual(unclear);
  });
});

describe('dialect noes and the agenda asked tersely', () => {
  table([['俺去不中啊 那几天俺在地里弄大棚 走不开', leave('那几天俺在地里弄大棚')]]);
  it('审啥报告 asks what the meeting is for', () => {
    expect(readReply('审啥报告')).toEqual({ kind: 'question', topic: 'agenda' });
  });
});

describe('a date written with a dot names the meeting on that day', () => {
  it('reads 12.5 and 12.10 as dates before an answer', () => {
    expect(withDigits('12.5参加 12.10请假')).toBe('12月5日参加 12月10日请假');
    expect(withDigits('要开2.5小时')).toBe('要开2.5小时');
  });

  it('reads 12/5 written with a slash, a pause after it, the same way', () => {
    expect(withDigits('12/5，参加，12/10，请假')).toBe('12月5日，参加，12月10日，请假');
    expect(withDigits('比分1/2')).toBe('比分1/2');
  });
});

describe('replies easy to record wrongly', () => {
  table([
    ['不去白不去，去！', attend()],
    ['我跟单位请了假过来', attend()],
    ['如果省里的会改期了，我就能参加', unclear],
    ['要是那天下大雪就不去了', unclear],
    ['收到，参加不参加我明天告诉你', unclear],
    ['已经电话跟王秘书说过了', unclear],
    ['已经转给单位办公室了，让他们安排', unclear],
    ['昨天已经跟王秘书请过假了', leave()],
    ['参加 8点40到不了 9点整能到', attend('8点40到不了，9点整能到')],
    ['我會去嘅，多謝晒', attend()],
    ['阿拉会得来额，侬放心', attend()],
    ['亲假 公司年底审计', leave('公司年底审计')],
    ['常委会肯定克 协商会也克', attend()],
  ]);
});

describe('two meetings waiting', () => {
  it('does not name a meeting by a subject the other speaks of too', async () => {
    const { namedIn } = await import('../src/notices/chat/notice-mentions.ts');
    const notices = [
      { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日上午9:00', place: '市民之家三楼第一会议室', scope: '全体常委', body: '会议审议《关于优化营商环境的协商报告》。' },
      { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日下午2:30', place: '市政协机关四楼会议室', scope: '相关界别委员', body: '请做好发言准备。' },
    ];
    expect(namedIn('营商环境的会我参加', notices).mentions).toEqual([]);
  });
});
