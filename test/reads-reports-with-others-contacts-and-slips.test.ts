import { describe, expect, it } from 'vitest';
import { isAboutTheTyping } from '../src/opinions/dialog/split-messages.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { parseFieldAnswer } from '../src/opinions/intake/parse-answer.ts';

describe('someone else’s number, named by their post, stays in the story', () => {
  it('keeps the village head’s number and takes the member’s own from the introduction', () => {
    const fields = extractFields(
      '镇上的垃圾中转站半年没清运，苍蝇成群。社区主任孙立新电话13807191234，他那边有照片。我是农工党的陈敏，在镇卫生院上班。建议环卫部门每周清运两次。我的手机18671905566',
    );
    expect(fields).toMatchObject({ name: '陈敏', sector: '农工党', phone: '18671905566' });
    expect(fields.situation).toContain('社区主任孙立新电话13807191234');
  });

  it('keeps a number in brackets after someone’s post', () => {
    const fields = extractFields('合作社出纳李红梅（15927190033）统计过，今年有40多户没领到补贴。建议农业部门尽快核查发放。');
    expect(fields.phone).toBeUndefined();
    expect(fields.situation).toContain('15927190033');
  });
});

describe('a slip put right in the same message', () => {
  it('takes the number said after "不对不对"', () => {
    const fields = extractFields('建议在城东菜市场门口加装红绿灯。电话13986001122，不对不对，是13986001212');
    expect(fields.phone).toBe('13986001212');
    expect(fields.suggestion).not.toContain('不对');
  });
});

describe('consent said inside an introduction', () => {
  it('reads "但不要署名" joined to the start phrase, and takes it out of the story', () => {
    const fields = extractFields('我是民革的杜鹃，电话15071901234，提个建议但不要署名。老旧小区的路灯坏了一半，晚上老人出门容易摔。建议住建部门统一更换。');
    expect(fields.signed).toBe(false);
    expect(fields.situation).not.toContain('署名');
  });

  it('leaves others’ reluctance alone', () => {
    expect(extractFields('大家都想反映但不愿意署名').signed).toBeUndefined();
  });
});

describe('a name that is also an everyday word', () => {
  it('is the name after 我是…界的', () => {
    expect(extractFields('建议加大库区巡查。我是环境资源界的高洁，电话13971905687。')).toMatchObject({ name: '高洁', sector: '环境资源' });
  });

  it('is the name when given as the answer to the name question', () => {
    expect(parseFieldAnswer('name', '高洁')).toEqual({ value: '高洁' });
    expect(parseFieldAnswer('name', '我叫高峰')).toEqual({ value: '高峰' });
  });

  it('is no name when it is a role, a yes or an everyday verb', () => {
    for (const answer of ['成员', '同意', '明白', '马上']) expect(parseFieldAnswer('name', answer)).toHaveProperty('error');
    expect(extractFields('我是民盟的成员，电话13971905687').name).toBeUndefined();
  });
});

describe('a title said first, on the story’s own line', () => {
  it('is the title, and the story starts after it', () => {
    const fields = extractFields('关于规范校外培训机构收费的建议🙏 有些培训机构一次收一年学费，去年两家跑路，家长损失几十万。建议教育局建立预收费监管账户。');
    expect(fields.title).toBe('关于规范校外培训机构收费的建议');
    expect(fields.situation?.startsWith('有些培训机构')).toBe(true);
  });
});

describe('a slow typist’s age and typing, said as one bubble', () => {
  it('is about the typing, not the story', () => {
    expect(isAboutTheTyping('我今年七十三了，字打得慢', [])).toBe(true);
    expect(isAboutTheTyping('我今年七十三了，小区没有电梯', [])).toBe(false);
  });
});

describe('who reports it, said in passing or under a dash', () => {
  it('takes a name said with 我作为…委员 out of the sentence, which reads on without it', () => {
    const fields = extractFields('我作为共青团界的委员吴浩去现场看过，早上七点就排了上百人。建议开通手机办卡。我的电话是18372604417');
    expect(fields).toMatchObject({ name: '吴浩', sector: '共青团', phone: '18372604417' });
    expect(fields.situation).toContain('我去现场看过');
    expect(fields.situation).not.toContain('吴浩');
  });

  it('keeps a service line the member rang in the story', () => {
    const fields = extractFields('打公交集团服务电话0719-8221234问，说是系统升级必须本人到场。建议社区代办。我的电话是18372604417');
    expect(fields.phone).toBe('18372604417');
    expect(fields.situation).toContain('0719-8221234');
  });

  it('reads a dashed signature whose name is also a word', () => {
    const fields = extractFields('情况：老城区把早市全部清走，来回折腾了三次。\n建议：划定固定的便民早市区域。\n——文明 农工党 15907196633');
    expect(fields).toMatchObject({ name: '文明', sector: '农工党', phone: '15907196633' });
    expect(fields.suggestion).not.toContain('农工党');
  });

  it('takes anonymity declined for consent', () => {
    for (const said of ['不用匿名', '匿名就不必了', '不要匿名']) expect(parseFieldAnswer('signed', said)).toEqual({ value: true });
  });
});
