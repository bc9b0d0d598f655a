import { describe, expect, it } from 'vitest';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';
import { titleSaid } from '../src/opinions/intake/said-title.ts';

const draft = { situation: '电梯坏了要换主板，物业挨家挨户跑了两个月才签够。', suggestion: '建议紧急维修简化程序，先修后补签' };

describe('a title named with 就叫它 while something else is asked', () => {
  it('is the title, and the question stands', async () => {
    const update = await applyText(draft, 'phone', '就叫它：关于简化维修资金应急使用程序的建议', new RuleExtractor());
    expect(update.fields?.title).toBe('关于简化维修资金应急使用程序的建议');
    expect(update.fields?.phone).toBeUndefined();
  });

  it('is no part of the story when said inside it', () => {
    expect(titleSaid('建议公交集团增开高峰专线。就叫它关于解决高新区职工通勤难的建议')).toEqual({
      title: '关于解决高新区职工通勤难的建议',
      rest: '建议公交集团增开高峰专线。',
    });
  });
});
