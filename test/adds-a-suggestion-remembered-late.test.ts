import { describe, expect, it } from 'vitest';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';

const draft = { situation: '菜市场门口早上三轮车乱停，行人只能走马路。', suggestion: '建议城管早市时段派人值守', name: '邝文华', sector: '民建' };

describe('a suggestion remembered late, said with the phone number', () => {
  it('goes to the suggestion, beside the number', async () => {
    const update = await applyText(draft, 'phone', '13807121234，还有一个建议刚才漏了：在东侧空地划个临时停车点', new RuleExtractor());
    expect(update.fields?.phone).toBe('13807121234');
    expect(update.fields?.suggestion).toBe('建议城管早市时段派人值守；在东侧空地划个临时停车点');
  });

  it('adds nothing when only the number is given', async () => {
    expect((await applyText(draft, 'phone', '13807121234', new RuleExtractor())).fields?.suggestion).toBe(draft.suggestion);
  });
});

describe('the suggestion sent when the phone is asked for', () => {
  it('is kept as the suggestion, not refused as a number', async () => {
    const draft = { situation: '老年食堂一顿饭从8块涨到15块', suggestion: '社区说是补贴停了', name: '陈素芬', sector: '民盟' };
    const update = await applyText(draft, 'phone', '我觉得民政局应该把老年助餐补贴继续下去，对80岁以上和独居的优先', new RuleExtractor());
    expect(update.fields?.suggestion).toContain('对80岁以上和独居的优先');
  });
});

describe('who reports it, said again at the preview', () => {
  it('is no more of the story', async () => {
    const draft = { situation: '路口没有红绿灯', suggestion: '建议增设信号灯', name: '李明', sector: '民建', phone: '13807121234' };
    const update = await applyText(draft, 'preview', '李明 民建 没错', new RuleExtractor());
    expect(update.fields?.situation).toBe('路口没有红绿灯');
    expect(update.fields?.suggestion).toBe('建议增设信号灯');
  });
});
