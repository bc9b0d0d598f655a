import { describe, expect, it } from 'vitest';
import { isHelp } from '../src/conversation/dialog/escapes.ts';
import { isKnowledgeQuestion, readIntent } from '../src/opinions/dialog/intents.ts';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';
import { withoutOwnName, withoutOwnPhone } from '../src/opinions/dialog/draft-fields.ts';
import { suggestionAfterThePreview } from '../src/opinions/dialog/draft-text.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { contactIn, withUnlistedName } from '../src/opinions/dialog/contact-answers.ts';

describe('who reports it, said another way', () => {
  it.each([
    ['我是民建的 姓邹 邹海燕 电话 18671720000', { name: '邹海燕', sector: '民建', phone: '18671720000' }],
    ['先留个联系方式：杜威，致公党，17786320000', { name: '杜威', sector: '致公党', phone: '17786320000' }],
    ['我叫严冬梅，医卫界的，电话是办公室座机 0719-7220000', { name: '严冬梅', sector: '医药卫生', phone: '0719-7220000' }],
  ])('%s', (said, expected) => {
    expect(extractContact(said)).toEqual({ ...expected, rest: '' });
  });

  it('leaves an offer to be rung out of the story', () => {
    expect(extractFields('我电话 15926470000，有事可以直接打我')).toEqual({ phone: '15926470000' });
  });
});

describe('what an elderly member says before telling it', () => {
  it('is asked about, not stored', async () => {
    for (const said of ['那好 我说', '哦 那我就说了', '建议']) {
      expect(await applyText({}, 'situation', said, new RuleExtractor())).toHaveProperty('error');
    }
  });

  it('puts a question about the bot itself or about how to use it to the bot', () => {
    expect(isKnowledgeQuestion('你是机器人还是工作人员啊', 'situation')).toBe(true);
    expect(isHelp('这个怎么弄啊 我不太会')).toBe(true);
    expect(isHelp('这个怎么弄才能让物业修')).toBe(false);
  });

  it('starts with 俺', () => {
    expect(readIntent('俺想反映社情民意').kind).toBe('start');
  });
});

describe('what is already in the contact fields is not left in the text', () => {
  it('takes the member’s own number, however grouped, with the words giving it', () => {
    const fields = withoutOwnPhone({ phone: '139 0719 1234', situation: '路灯坏了，我电话13907191234，物业不管。', suggestion: '建议修好 电话139-0719-1234' });
    expect(fields).toMatchObject({ situation: '路灯坏了，物业不管。', suggestion: '建议修好' });
    expect(withoutOwnPhone({ phone: '13907191234', situation: '村主任电话13907191235，打不通。' }).situation).toBe('村主任电话13907191235，打不通。');
  });

  it('takes an introduction or a sign-off with the member’s name, but not a story about them', () => {
    expect(withoutOwnName({ name: '徐丽', situation: '我是民盟的徐丽，我们小区路灯坏了。', suggestion: '建议先修好。——徐丽' })).toMatchObject({ situation: '我们小区路灯坏了。', suggestion: '建议先修好。' });
    expect(withoutOwnName({ name: '徐丽', situation: '我是徐丽的邻居，路灯坏了。' }).situation).toBe('我是徐丽的邻居，路灯坏了。');
  });
});

describe('the suggestion sent once the preview is shown', () => {
  it('replaces what stood in for it, which goes back to the story', () => {
    const after = suggestionAfterThePreview({ situation: '营商环境的问题', suggestion: '开对公账户要等一到两周，小微企业等不起' }, '建议人民银行督促各商业银行简化开户流程');
    expect(after?.fields).toMatchObject({ situation: '营商环境的问题，开对公账户要等一到两周，小微企业等不起', suggestion: '建议人民银行督促各商业银行简化开户流程' });
  });

  it('is added to a suggestion said as one', () => {
    expect(suggestionAfterThePreview({ suggestion: '建议延长开放时间' }, '建议周末也开放阅览室')?.fields.suggestion).toBe('建议延长开放时间，建议周末也开放阅览室');
  });

  it('takes 名字最好别写 as no consent', () => {
    expect(readConsent('名字最好别写')).toBe(false);
  });
});

describe('who reports it, said in passing in a message that goes on with the story', () => {
  it('takes the introduction out and keeps the story', async () => {
    const read = await applyText({ situation: '台胞证注册的问题' }, 'suggestion', '我是台联的委员陈家豪。台湾同胞在武汉用台胞证注册网约车经常失败，系统只认身份证', new RuleExtractor());
    expect(read.fields).toMatchObject({ name: '陈家豪', sector: '台联' });
    expect(read.fields?.situation).not.toContain('陈家豪');
  });

  it('leaves a number told in the story alone', async () => {
    const read = await applyText({ situation: '县道塌方的问题', phone: '15926871130' }, 'suggestion', '我跟交通站的刘站长反映过好几次 他电话13617196230 每次都说没资金', new RuleExtractor());
    expect(read.fields).toMatchObject({ phone: '15926871130' });
    expect(read.fields?.situation).toContain('13617196230');
  });

  it('reads 像我李桂兰这样 as the member naming themself, and 对了 as no name', () => {
    expect(extractContact('像我李桂兰这样退休十几年的，身边老同事有好几个病了')).toMatchObject({ name: '李桂兰', rest: '像我这样退休十几年的，身边老同事有好几个病了' });
    expect(withUnlistedName(contactIn('对了我是民革的，手机13703748826')).given.name).toBeUndefined();
  });
});
