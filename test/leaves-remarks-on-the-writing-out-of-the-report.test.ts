import { describe, expect, it } from 'vitest';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { withoutDecoration } from '../src/opinions/intake/extract.ts';
import { plainTitle } from '../src/opinions/intake/free-text.ts';

describe('what the member says of the writing itself', () => {
  it.each<[string, string]>([
    ['刚下手术，打得快错别字见谅', ''],
    ['不好意思错字多', ''],
    ['有没有错字你们看着改一下哈', ''],
    ['最近比较忙，写得仓促，见谅', ''],
    ['昨晚写的，先发给你', ''],
    ['周末就写好了今天才发，不好意思哈', ''],
    ['以上，请审核。这是第三稿了哈哈', ''],
    ['以上建议，请予考虑。', ''],
    ['辛苦工作人员了！', ''],
    ['第一次用这个小助手 挺方便的 👍', ''],
    ['孩子在旁边闹 打字慢 不好意思', ''],
    // Of the matter, the same words stay.
    ['现在坐公交挺方便的，但是晚上没车', '现在坐公交挺方便的，但是晚上没车'],
  ])('is no part of the story: %s', (text, story) => {
    expect(withoutDecoration(text)).toBe(story);
  });

  it('leaves the typist’s age out with the rest of the aside', () => {
    expect(withoutDecoration('我今年七十八了 打字慢 见谅')).toBe('');
  });
});

describe('who reports it, in everyday forms', () => {
  it.each<[string, object]>([
    ['我的联系方式：民建会员 陈海燕 15927330418，可以署名', { name: '陈海燕', sector: '民建', phone: '15927330418', signed: true, rest: '' }],
    ['我经济界的老于 电话13504718826 署名妥妥的', { sector: '经济', phone: '13504718826', signed: true, rest: '' }],
    ['俺叫孙福来，电话13871025566，名字写上就中', { name: '孙福来', phone: '13871025566', signed: true }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toMatchObject(expected);
  });

  it('does not read “我们经济界的” as an introduction', () => {
    expect(extractContact('我们经济界的企业都很困难')).toEqual({ rest: '我们经济界的企业都很困难' });
  });
});

describe('asked for the suggestion', () => {
  const draft = { situation: '去年市里试点办了青年夜校，每次放号几分钟就抢光，只开了八个班' };

  it('takes whether to sign, said first, as that answer', async () => {
    const update = await applyText(draft, 'suggestion', '那我就不署名了。建议扩大夜校规模，利用社区闲置场地开课', new RuleExtractor());
    expect(update.fields).toMatchObject({ signed: false, suggestion: '建议扩大夜校规模，利用社区闲置场地开课', situation: draft.situation });
  });

  it('moves what the member heard is planned back to the story once the real suggestion comes', async () => {
    const told = { situation: '家属院是八十年代的楼，下水管道老化，一下雨就反水', suggestion: '这个小区听说明年才轮到老旧小区改造，老百姓等不起' };
    const update = await applyText(told, 'phone', '建议住建局把家属院的管网改造提前，先对下水主管道应急维修', new RuleExtractor());
    expect(update.fields?.situation).toContain('明年才轮到老旧小区改造');
    expect(update.fields?.suggestion).toBe('建议住建局把家属院的管网改造提前，先对下水主管道应急维修');
  });
});

describe('a title composed from a voice-typed suggestion', () => {
  it('ends at a pause, never inside a word', () => {
    const title = plainTitle('人行道上的冰没人清 老人出门净摔跟头', '建议城管部门把人行道除冰纳入环卫作业 落实门前三包 主要路段撒融雪剂');
    expect(title).toBe('关于城管部门把人行道除冰纳入环卫作业、落实门前三包的建议');
  });
});
