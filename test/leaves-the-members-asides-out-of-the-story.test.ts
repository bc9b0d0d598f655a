import { describe, expect, it } from 'vitest';
import { withoutDecoration } from '../src/opinions/intake/extract.ts';
import { isOnlyAsides } from '../src/opinions/intake/story-asides.ts';
import { readIntent } from '../src/opinions/dialog/intents.ts';

describe('asides said while telling the story', () => {
  it.each<[string, string]>([
    ['刚下夜班，脑子有点懵，说得乱你帮我理一下。入冬以来儿科急诊晚上只有1个医生值班', '入冬以来儿科急诊晚上只有1个医生值班'],
    ['我用语音说的可能有错字你将就看 我们村自来水一到用水高峰就没水', '我们村自来水一到用水高峰就没水'],
    ['城区小学中午留校的孩子特别多。这个会转给哪个部门？人社还是住建？', '城区小学中午留校的孩子特别多。'],
    ['工地晚上10点以后还在打桩。对了还有扬尘的问题，这个我回头单独报。', '工地晚上10点以后还在打桩。'],
    ['普惠托育一共才9家。我家那个小家伙现在会叫奶奶了，哎呀扯远了。收费2200到2800', '普惠托育一共才9家。收费2200到2800'],
    ['我是房县那边的委员哈 镇上的卫生院晚上没有医生值班', '镇上的卫生院晚上没有医生值班'],
  ])('%s', (told, story) => {
    expect(withoutDecoration(told)).toBe(story);
  });

  it.each<[string, string]>([
    ['路灯坏了三个月了哈哈哈，晚上黑乎乎的', '路灯坏了三个月了，晚上黑乎乎的'],
    ['早上好☀️ 小区门口的路灯坏了，麻烦您了🙏', '小区门口的路灯坏了'],
    ['嗯嗯 就是那个 小区门口的路灯坏了，就这么个事', '小区门口的路灯坏了'],
    ['尊敬的政协领导：您好！我市货车通行证办理仍需到窗口。祝工作顺利！', '我市货车通行证办理仍需到窗口。'],
    ['路灯坏了三个月。以上，辛苦各位', '路灯坏了三个月。'],
    ['路灯坏了三个月，你这个机器人比我秘书还快哈哈', '路灯坏了三个月'],
    ['路灯坏了，尽量快点哈', '路灯坏了'],
  ])('leaves courtesies, fillers and laughter out: %s', (told, story) => {
    expect(withoutDecoration(told)).toBe(story);
  });

  it('keeps a robot or haste the matter itself is about', () => {
    expect(withoutDecoration('建议引进智能机器人巡检设备，尽快维修')).toBe('建议引进智能机器人巡检设备，尽快维修');
  });

  it('keeps a question of the story and the day a story starts with', () => {
    expect(withoutDecoration('村医31人，平均年龄58岁。这事到底谁能管？')).toBe('村医31人，平均年龄58岁。这事到底谁能管？');
    expect(withoutDecoration('我刚从医院回来，挂号排了三个小时队')).toBe('我刚从医院回来，挂号排了三个小时队');
  });
});

describe('a message of asides alone', () => {
  it.each(['我们社区今天刚搞完重阳节活动累死了', '你看着帮我润色一下哈', '我讲的有点啰嗦你挑重点', '不好意思'])('%s adds nothing', (text) => {
    expect(isOnlyAsides(text)).toBe(true);
  });

  it('is no story when said before the wish to report', () => {
    expect(readIntent('我明天一早要出差，简单说几句，反映个社情民意')).toEqual({ kind: 'start', rest: '' });
    expect(readIntent('我跑完早班了，趁歇会儿说两句，我想反映社情民意')).toEqual({ kind: 'start', rest: '' });
  });
});
