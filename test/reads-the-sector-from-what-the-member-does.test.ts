import { describe, expect, it } from 'vitest';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';

const draft = { situation: '镇上卫生院晚上没有医生值班，老人半夜看病要跑二十里。', suggestion: '建议卫健局安排乡镇卫生院夜间轮流值班。', name: '付春燕' };

describe('asked for the sector, the member says what they do', () => {
  it('takes the sector named in what they do', async () => {
    const update = await applyText(draft, 'sector', '我是搞农业的，在农技站干了三十年', new RuleExtractor());
    expect(update.fields?.sector).toBe('农业');
  });

  it('keeps where they work out of the story and asks again', async () => {
    const update = await applyText(draft, 'sector', '我在乡政府上班', new RuleExtractor());
    expect(update.fields?.situation ?? draft.situation).toBe(draft.situation);
    expect(update.fields?.suggestion ?? draft.suggestion).toBe(draft.suggestion);
    expect(update.fields?.sector).toBeUndefined();
  });
});
