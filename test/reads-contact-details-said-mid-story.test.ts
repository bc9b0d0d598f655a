import { describe, expect, it } from 'vitest';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';

describe('who the member is, said with their trade, then their number', () => {
  it('takes the number after a long introduction ending in their post as theirs', () => {
    const read = extractContact('仲裁排期太长了。我是民革党员、执业医师兼律师顾思远，139.7190.4456，平时代理一些欠薪的案子');
    expect(read).toMatchObject({ name: '顾思远', phone: '13971904456' });
    expect(read.rest).not.toContain('4456');
  });
});

describe('a new number said while the story is asked for', () => {
  it('replaces the number and stays out of the story, the question standing', async () => {
    const draft = { situation: '社区家庭医生签约后一次也没随访过。', phone: '13807142235' };
    const update = await applyText(draft, 'suggestion', '对了我手机号换了 新号是19971203348 原来那个不用了', new RuleExtractor());
    expect(update.fields?.phone).toBe('19971203348');
    expect(update.fields?.suggestion).toBeUndefined();
    expect(update.fields?.situation).toBe(draft.situation);
  });
});

describe('what it is named at the end of a chatty opener', () => {
  it('starts a report when the member says it counts as one', () => {
    expect(readStartPhrase('跟你们讲个事撒 算是反映个社情民意')).toEqual({ rest: '' });
  });
});
