import { describe, expect, it } from 'vitest';
import { splitFreeText } from '../src/opinions/intake/free-text.ts';

describe('how things are, told after the ask in the same sentence', () => {
  it('goes to the story: 现在…, …已经…了', () => {
    const { situation, suggestion } = splitFreeText(
      '心理门诊预约要排到一个半月以后。最好在几所大的综合医院也开设青少年心理门诊，再给中小学配专职的心理老师，现在很多学校是班主任兼的。',
    );
    expect(situation).toContain('现在很多学校是班主任兼的');
    expect(suggestion).toContain('再给中小学配专职的心理老师');
    expect(suggestion).not.toContain('班主任兼的');
  });

  it('keeps a further measure told without an ask word in the suggestion', () => {
    const { suggestion } = splitFreeText('下穿通道一下雨就积水。建议市政部门对下穿通道排水泵站进行检修扩容，积水超过警戒线自动封闭通道。');
    expect(suggestion).toContain('积水超过警戒线自动封闭通道');
  });

  it('reads what residents hope for, and what stops it, as the story', () => {
    const { situation, suggestion } = splitFreeText(
      '小区经常停水，洗澡洗到一半没水。依我看，得把二次供水设施交给水务集团统一管。业主们都希望物业换设备，物业说钱得业主出，一户要摊两千多。',
    );
    expect(situation).toContain('一户要摊两千多');
    expect(suggestion).toBe('依我看，得把二次供水设施交给水务集团统一管。');
  });

  it('reads a numbered point that opens with 最好 as asking', () => {
    const { situation, suggestion } = splitFreeText(
      '关于中小学校服，说两点。第一，校服应该公开招标，价格公示。现在一套要680元。第二，最好允许家长只买需要的件数，不要强制整套买，去年的冬装还能穿，今年又得买一整套。',
    );
    expect(suggestion).toContain('只买需要的件数');
    expect(situation).toContain('去年的冬装还能穿');
  });
});
