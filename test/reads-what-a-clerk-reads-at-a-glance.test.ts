import { describe, expect, it } from 'vitest';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { readIntent } from '../src/opinions/dialog/intents.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { splitFreeText } from '../src/opinions/intake/free-text.ts';

describe('consent said indirectly', () => {
  it.each(['名字就不要出现了', '报上去的时候不要写我是谁', '不要写我是谁'])('%s is no', (text) => {
    expect(readConsent(text)).toBe(false);
  });

  it('keeps consent said before the start phrase after a space', () => {
    expect(readIntent('同意署名的 我想反映个社情民意')).toEqual({ kind: 'start', rest: '同意署名的' });
  });
});

describe('where the story ends and the suggestion begins', () => {
  it('keeps what should have been, told as the problem, in the story', () => {
    expect(splitFreeText('去年建了三个口袋公园，按设计应该有公共厕所，结果一个都没建，老人上厕所得走到一公里外的商场').suggestion).toBeUndefined();
  });

  it('keeps somebody else’s quoted advice in the story', () => {
    const read = splitFreeText('我们去问过镇里，王书记说“建议你们自己找客运公司协商”，可是老百姓哪里找得到，希望县交通运输局把这条班车线恢复');
    expect(read.situation).toContain('自己找客运公司协商');
    expect(read.suggestion).toBe('希望县交通运输局把这条班车线恢复');
  });

  it('still splits a whole report given in quotes', () => {
    expect(splitFreeText('以下是刘委员的原话：“今年名额只够一半人，好多妇女就不查了。建议县里兜底。”').suggestion).toContain('建议县里兜底');
  });

  it('reads a voice-typed suggestion opened by 我的意思是 or 我想请', () => {
    expect(splitFreeText('园区里面的公交要等四十分钟一班 冬天下雨天特别遭罪 我的意思是让管委会跟公交公司协调 早晚高峰加密班次').suggestion).toMatch(/^我的意思是/u);
    expect(splitFreeText('半边是新路半边是烂路 大车一过灰尘满天 我想请交通局过问一下 督促施工单位尽快复工').suggestion).toMatch(/^我想请交通局/u);
  });
});

describe('words around a number given', () => {
  it('drops saying whose number it is and to note it down', () => {
    expect(extractContact('13507167720 这个是我电话，先记一下')).toEqual({ phone: '13507167720', rest: '' });
    expect(extractContact('这是我的电话13507167720')).toEqual({ phone: '13507167720', rest: '' });
  });
});

describe('giving up in passing', () => {
  it.each(['算了，这个先不报了，我弄清楚了再重新发', '哎算了，这个事我们界别打算一起写个提案，我这边就不单独报了', '哎呀不弄了，我发现同事已经报过这个了'])('%s', (text) => {
    expect(isCancel(text)).toBe(true);
  });

  it('is not a story that says something must be reported', () => {
    expect(isCancel('这个不报不行，影响太大了')).toBe(false);
  });
});

describe('a detail put right by naming the wrong one', () => {
  it('puts the sector or the name right', () => {
    expect(readCorrection('哦不是民革是民建，打错了', undefined, { sector: '民革' })).toEqual([{ field: 'sector', value: '民建' }]);
    expect(readCorrection('不是徐成刚是徐承刚', undefined, { name: '徐成刚' })).toEqual([{ field: 'name', value: '徐承刚' }]);
  });
});

describe('one of two problems put off', () => {
  it('takes out the problem joined by 另外 that the member will report another time', async () => {
    const { withdrawnPart } = await import('../src/opinions/intake/withdrawn-part.ts');
    const fields = { situation: '北街小学门口每天堵半小时，另外古城里的公厕也太少了' };
    expect(withdrawnPart(fields, '公厕的事另外再说吧，这次只说学校门口堵车')?.situation).toBe('北街小学门口每天堵半小时。');
  });
});

describe('a measure asked for in everyday words', () => {
  it('reads 给点政策 as a suggestion', async () => {
    const { readsAsSuggestion } = await import('../src/opinions/intake/start-phrase.ts');
    expect(readsAsSuggestion('再就是给技术工人落户、住房上给点政策')).toBe(true);
  });
});
