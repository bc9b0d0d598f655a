import { describe, expect, it } from 'vitest';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
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

describe('an elderly member’s introduction in a bubble of its own', () => {
  it('leaves their age, slow typing and what they did for a living out of the story', () => {
    expect(extractFields('我是退休老师 今年七十二了 打字慢 你别急').situation).toBeUndefined();
  });
});

describe('when to call, said beside the number', () => {
  it('is no part of the story', () => {
    const read = extractFields('菜场门口的斑马线磨没了。有事打我电话15072217788，白天门诊可能接不到，晚上打。');
    expect(read.phone).toBe('15072217788');
    expect(read.situation).toBe('菜场门口的斑马线磨没了。');
  });
});

describe('a contact line with its own words around it', () => {
  it('reads the details announced first ("先说我的信息吧") and leaves the announcement out', () => {
    expect(extractContact('先说我的信息吧，九三学社，方敏，13872234455')).toEqual({ rest: '', sector: '九三学社', name: '方敏', phone: '13872234455' });
  });

  it('reads a line closed with an English thanks', () => {
    expect(extractContact('民进 许文杰 13607198866 同意署名 thanks')).toMatchObject({ name: '许文杰', sector: '民进', phone: '13607198866', signed: true });
  });

  it('reads the sector said after what the member used to do', () => {
    expect(extractContact('我叫鲁建平 以前在县里工作 无党派')).toMatchObject({ name: '鲁建平', sector: '无党派人士', rest: '' });
  });
});

describe('the clause after the member’s number', () => {
  it('stays in the story when it tells what happened at a place, not where the member works', () => {
    const read = extractFields('上周六我儿子在小区被狗咬了（我电话18871420063，有事随时联系），我们赶到疾控中心，门诊周末不上班。建议卫健委节假日安排值班。');
    expect(read.phone).toBe('18871420063');
    expect(read.situation).toBe('上周六我儿子在小区被狗咬了，我们赶到疾控中心，门诊周末不上班。');
  });
});

describe('a name put right over several slip words', () => {
  it('takes the name after "不对不对 打错了", the surname spelled out', async () => {
    const draft = { situation: '镇上的农家书屋常年锁门。', suggestion: '建议文旅局固定开放时间。', name: '程丽', sector: '民盟' };
    const update = await applyText(draft, 'phone', '不对不对 打错了 是耳东陈 陈丽', new RuleExtractor());
    expect(update.fields?.name).toBe('陈丽');
  });
});

describe('what the member says of the telling itself', () => {
  it('leaves a disclaimer, a word on how sensitive it is, and pent-up feelings out of the story', () => {
    expect(extractFields('我先说明一下我不是替学校要钱哈，学校操场的围墙塌了一段。').situation).toBe('学校操场的围墙塌了一段。');
    expect(extractFields('这个话题有点敏感，我们镇上办酒席越办越大。').situation).toBe('我们镇上办酒席越办越大。');
    expect(extractFields('这事我憋了好久了，小区电梯坏了三个月没人修。').situation).toBe('小区电梯坏了三个月没人修。');
  });

  it('leaves out an instruction on what not to write, and keeps what others find sensitive', () => {
    expect(extractFields('班上有个学生家里特别困难，你别把学生名字写进去啊。').situation).toMatch(/^班上有个学生家里特别困难。?$/u);
    expect(extractFields('群众对这个问题比较敏感。').situation).toBe('群众对这个问题比较敏感。');
  });

  it('reads "别说是我反映的" with a few words on why as consent withheld, and nothing more', async () => {
    const draft = { situation: '上游养猪场的粪水直接排进河里。' };
    const update = await applyText(draft, 'suggestion', '你们可别说是我反映的啊，都是熟人', new RuleExtractor());
    expect(update.fields).toEqual({ ...draft, signed: false });
  });
});
