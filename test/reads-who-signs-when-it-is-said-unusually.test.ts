import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { looksLikeStory, readStartPhrase } from '../src/opinions/intake/start-phrase.ts';

/** Who the member is, said where a reader would not look for it; and numbers that are somebody else's. */

describe('a family member or a colleague to call for details', () => {
  it('keeps their number in the story, not as the member\'s', () => {
    const family = extractContact('女儿在深圳，只能请钟点工。她女儿电话是15812345678，说愿意配合回访');
    expect(family.phone).toBeUndefined();
    expect(family.rest).toContain('15812345678');
    const colleague = extractContact('跟几家同行交流情况都差不多。具体数据可以找我们财务小李 13797654321');
    expect(colleague.phone).toBeUndefined();
  });

  it('still reads the member who says they are in the same post', () => {
    expect(extractContact('我是公司财务王丽 13797654321').phone).toBe('13797654321');
  });
});

describe('a closing line saying whose the words are', () => {
  it('gives name and sector, and leaves the suggestion', () => {
    const read = extractContact('同时协调周边单位晚上开放停车场共享车位以上是民革贾云龙的意见电话13508691234同意署名');
    expect(read).toMatchObject({ name: '贾云龙', sector: '民革', phone: '13508691234', signed: true, rest: '同时协调周边单位晚上开放停车场共享车位' });
  });

  it('is no signature when it names nobody', () => {
    expect(extractContact('以上是我了解到的情况和建议').rest).toBe('以上是我了解到的情况和建议');
  });
});

describe('who the member is, said without a pause or in passing', () => {
  it('takes a run-on introduction up to the name', () => {
    const read = extractContact('我原来是郧西县关防乡中心学校的校长现在退休了民进会员叫邓承志我们那里这几年村小都撤并了');
    expect(read).toMatchObject({ name: '邓承志', sector: '民进', rest: '我们那里这几年村小都撤并了' });
    expect(extractContact('我在社区当网格员叫王芳我们小区').name).toBe('王芳');
  });

  it('takes the name beside 本人, and a sector said in English', () => {
    const read = extractContact('好几家快捷酒店直接说不接待，as a member of 致公党 我本人张一鸣也陪着跑了三家');
    expect(read).toMatchObject({ name: '张一鸣', sector: '致公党' });
    expect(read.rest).not.toMatch(/张一鸣|as a member/u);
  });
});

describe('a signature with the branch and the profession', () => {
  it('reads the name before 律师 and the sector of a committee under the branch', () => {
    const read = extractFields('关于加强小区电动自行车集中充电设施安全管理的建议\n近期代理的两起火灾赔偿案件都与电动自行车充电有关。\n建议：一、应急管理和消防部门开展小区充电设施专项检查。\n民盟市委会法制委员会 张玮律师\n电话：0719-8865432（办） 13508671290');
    expect(read).toMatchObject({ name: '张玮', sector: '民盟', phone: '13508671290' });
    expect(read.suggestion).not.toContain('张玮');
  });

  it('reads a 九三学社 支社, a writer named as 执笔人, and a journalist by name', () => {
    expect(extractFields('消防通道都堵了。\n建议：卫健委把陪护条件纳入医院服务考核。\n\n九三学社市一医院支社 邓海波 15972011836')).toMatchObject({ name: '邓海波', sector: '九三学社' });
    expect(extractContact('民建市委会财经支部报送 执笔人蔡文静 电话18186709933').name).toBe('蔡文静');
    expect(extractContact('我是日报社的记者吴畅，新闻界委员，电话13477880521，可以署名')).toMatchObject({ name: '吴畅', sector: '新闻出版' });
  });
});

describe('how the member calls themself before the start phrase', () => {
  it('is no part of the story', () => {
    for (const text of ['小助手 老王我又来麻烦你了 报个社情民意', '周老师报个社情民意', '团市委小刘来交作业啦😄 反映个社情民意']) expect(readStartPhrase(text), text).toEqual({ rest: '' });
  });

  it('leaves a matter named before the phrase to be read as content', () => {
    expect(readStartPhrase('老旧小区报个社情民意')).toBeNull();
  });
});

describe('the age said after the name', () => {
  it('goes with the introduction', () => {
    const read = extractContact('住的大部分都是老职工我是民进的退休老师何秀英今年七十一了我们楼上八十岁以上的就有十一个人');
    expect(read).toMatchObject({ name: '何秀英', sector: '民进', rest: '住的大部分都是老职工我们楼上八十岁以上的就有十一个人' });
  });
});

describe("an assistant's number chosen as the contact", () => {
  it('is the member\'s contact', () => {
    expect(extractContact('聯繫電話用我助理的 185 7190 3346，我經常不在內地').phone).toBe('185 7190 3346');
  });
});

describe('a name, a particle and a sector before the start phrase', () => {
  it('is an introduction', () => {
    expect(readStartPhrase('邱伟啊，工商联的，说个社情民意')).toEqual({ rest: '我叫邱伟，工商联的' });
    expect(readStartPhrase('明远报个社情民意啊')).toEqual({ rest: '' });
  });
});

describe('a story told without a start phrase', () => {
  it('is one when parents complain and the fees are said in words', () => {
    expect(looksLikeStory('现在中小学课后服务一学期收费三百到六百不等，各校标准不一样，有的学校课后服务其实就是让学生坐在教室写作业，老师也不辅导，家长意见很大，我们民进支部座谈的时候好几个家长都提到了')).toBe(true);
  });
});

describe('Henan words around the report', () => {
  it('takes "给你说个事儿" as telling the bot, and "名字写上中" as consent', async () => {
    const { isOnlyAsides } = await import('../src/opinions/intake/story-asides.ts');
    const { readConsent } = await import('../src/opinions/intake/consent.ts');
    expect(isOnlyAsides('中不中给你说个事儿')).toBe(true);
    // 湖北话 港 is 讲.
    expect(isOnlyAsides('我跟你们港个事啊')).toBe(true);
    expect(isOnlyAsides('先说情况')).toBe(true);
    expect(isOnlyAsides('跟你说个事，我们楼下')).toBe(false);
    expect(readConsent('名字写上中')).toBe(true);
    expect(isOnlyAsides('——周老师')).toBe(true);
    expect(isOnlyAsides('——周建国')).toBe(false);
  });
});

describe('an introduction with remarks on oneself and the bot', () => {
  it('still gives the sector', async () => {
    const { readIntroduction } = await import('../src/opinions/intake/introduction.ts');
    expect(readIntroduction('小助手早上好呀🌞 我是民进的老委员了，退休好几年，眼睛花了打字慢你别嫌弃哈')).toEqual({ sector: '民进' });
    expect(readIntroduction('您好，我是台盟的委員，手機是繁體輸入，您們看得懂吧？')).toEqual({ sector: '台盟' });
    expect(readIntroduction('我是民进的，我们小区门口天天堵车')).toBeNull();
  });

  it('is read before a start phrase after "亲，在吗？"', () => {
    expect(readStartPhrase('亲，在吗？我是教育界的，反映个情况急着呢🙏')).toEqual({ rest: '我是教育界的，急着呢🙏' });
  });
});

describe('remarks on the writing and worries, said to the office', () => {
  it('are asides, while the story is not', async () => {
    const { isOnlyAsides } = await import('../src/opinions/intake/story-asides.ts');
    for (const text of ['写得有点乱你们帮我理理', '我写得比较口语化', '你们别介意', '我这样写可以吗', '不知道归哪一类', '不会被扣分吧', '那我报一个', '麻烦尽快', '你们这个小程序做得不错']) expect(isOnlyAsides(text), text).toBe(true);
    expect(isOnlyAsides('路面写得很乱')).toBe(false);
  });
});
