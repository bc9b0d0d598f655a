import { describe, expect, it } from 'vitest';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { withSuggestionFirst } from '../src/opinions/dialog/suggestion-first.ts';
import { titleInPassing } from '../src/opinions/dialog/title-in-passing.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { withoutRemarksOnTheTelling } from '../src/opinions/intake/remarks-on-the-telling.ts';

describe('what the member says to the bot about the telling', () => {
  it.each<[string, string]>([
    ['我说一下啊人民路一共七个公交站去年改造以后座椅全部拆掉了', '人民路一共七个公交站去年改造以后座椅全部拆掉了'],
    ['说下背景，城投下面两个项目欠了会员企业一千二百多万', '城投下面两个项目欠了会员企业一千二百多万'],
  ])('is no part of the story: %s', (text, situation) => {
    expect(extractFields(text).situation).toBe(situation);
  });

  it('does not hide the name and sector of a signature line it closes', async () => {
    const draft = { situation: '村道路面压得稀烂' };
    const update = await applyText(draft, 'suggestion', '建议让砂石场出钱把路修好\n农业界 李德旺 电话139-7285-0631 同意署名 么样写都行', new RuleExtractor());
    expect(update.fields).toMatchObject({ suggestion: '建议让砂石场出钱把路修好', name: '李德旺', sector: '农业', signed: true });
  });

  it('leaves voice input’s closing words and the introduction out, with the workplace run on', () => {
    const read = extractContact('建议由县医院统一配送以上就是我反映的情况我是农工党的谢丽华县人民医院的电话15872663091同意署名');
    expect(read).toMatchObject({ rest: '建议由县医院统一配送', name: '谢丽华', sector: '农工党', phone: '15872663091', signed: true });
  });
});

describe('introductions with a post and a workplace', () => {
  it.each<[string, object]>([
    ['我是幸福里社区书记、中共界别的刘娟，有需要核实的可以打我电话15377286604', { name: '刘娟', sector: '中共', phone: '15377286604' }],
    ['您好，我是九三学社社员、市中心医院急诊科医生刘宏，想反映一个院前急救的问题', { name: '刘宏', sector: '九三学社', rest: '您好，想反映一个院前急救的问题' }],
    ['您好，我是民盟的苏兰，在师院教书，想反映垃圾分类的事', { name: '苏兰', rest: '您好，想反映垃圾分类的事' }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toMatchObject(expected);
  });
});

describe('the topic named with the start', () => {
  it('is the story’s topic, not a measure asked for', () => {
    expect(withSuggestionFirst({}, { situation: '老城区改造拆历史建筑的事' })).toEqual({ situation: '老城区改造拆历史建筑的事' });
  });
});

describe('a title said among other things', () => {
  it('is read past spaces and 帮我写成', () => {
    expect(titleInPassing('标题就叫 关于遏制县域高中骨干教师流失的建议 另外还是匿名吧')).toEqual({ title: '关于遏制县域高中骨干教师流失的建议', rest: '另外还是匿名吧' });
    expect(titleInPassing('电话18986051234 署名ok 标题帮我写成关于加强市体校学生文化教育的建议')?.title).toBe('关于加强市体校学生文化教育的建议');
  });

  it('leaves 另外还是匿名吧 read as consent', () => {
    expect(extractContact('另外还是匿名吧，毕竟涉及同行')).toMatchObject({ signed: false });
  });
});

describe('more remarks on the telling', () => {
  it.each<[string, string]>([
    ['说个事：我们医院接触到很多失能老人家庭', '我们医院接触到很多失能老人家庭'],
    ['好，那就按社情民意报。城区部分小区的物业把公共收益揣进自己口袋', '好，城区部分小区的物业把公共收益揣进自己口袋'],
    ['老年大学能不能多开几个班啊，我是想反映这个', '老年大学能不能多开几个班啊，'],
    ['不过我也有点犹豫要不要报……算了还是报吧，这事总得有人说', '这事总得有人说'],
    ['环卫工人很辛苦了，每天四点起', '环卫工人很辛苦了，每天四点起'],
  ])('%s', (text, left) => {
    expect(withoutRemarksOnTheTelling(text)).toBe(left);
  });
});

describe('greetings to the office and a letter’s close', () => {
  it.each<[string, string]>([
    ['王秘书好，小孙又来麻烦了，最近学校课后服务的事想反映一下', '王秘书好，最近学校课后服务的事想反映一下'],
    ['以上建议妥否，请批示。', ''],
  ])('%s', (text, left) => {
    expect(withoutRemarksOnTheTelling(text)).toBe(left);
  });
});
