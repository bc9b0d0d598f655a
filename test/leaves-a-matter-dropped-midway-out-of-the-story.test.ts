import { describe, expect, it } from 'vitest';
import { withoutDecoration } from '../src/opinions/intake/extract.ts';

/** "本来想说停车难的事……就不说它了。说说电动车……": the matter the member drops is no part of the report. */
describe('a matter dropped before the one reported', () => {
  it.each<[string, string]>([
    [
      '本来想说我们小区停车难的事，想想这个大家都反映过好多回了，就不说它了。说说电动车进楼道充电的事：我们锦绣花园8栋好多住户把电动车推进楼道。',
      '说说电动车进楼道充电的事：我们锦绣花园8栋好多住户把电动车推进楼道。',
    ],
    // A sentence left trailing ("……那边的。。") goes with the 算了 that takes it back.
    [
      '先说个事啊，就是最近夜市那边的。。哎算了，夜市的事我还没弄清楚，不说了。我要反映的是大学生返乡实习难：回本市实习的大学生不到两成。',
      '我要反映的是大学生返乡实习难：回本市实习的大学生不到两成。',
    ],
    ['哎 校车那个事教育局上个月已经解决了 不说它了 我说另外一个 房县门古寺镇到县城的班车 今年开始一天只剩两趟', '房县门古寺镇到县城的班车 今年开始一天只剩两趟'],
  ])('%s', (told, story) => {
    expect(withoutDecoration(told)).toBe(story);
  });

  it('keeps a finished sentence before an exasperated 算了不说了', () => {
    expect(withoutDecoration('贷款太难了，银行天天推脱。唉算了不说了。建议简化手续。')).toBe('贷款太难了，银行天天推脱。建议简化手续。');
  });
});
