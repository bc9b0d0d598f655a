import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { readPersonName } from '../src/opinions/intake/person-name.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';
import { readsAsSuggestion } from '../src/opinions/intake/start-phrase.ts';
import { withdrawnPart } from '../src/opinions/intake/withdrawn-part.ts';
import { readIntent } from '../src/opinions/dialog/intents.ts';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { readPreviewEdit } from '../src/opinions/dialog/preview-edits.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('a report laid out as an official letter', () => {
  it('leaves the salutation, the lead-in and the closing request out of the story', async () => {
    const read = await extractFields('市政协办公室：\n\n现将我了解到的情况报告如下。小微企业缺少抵押物，知识产权质押融资全市仅办理11笔。\n\n建议：一是设立风险补偿资金；二是扩大试点。\n\n以上建议妥否，请审示。');
    expect(read.situation).toBe('小微企业缺少抵押物，知识产权质押融资全市仅办理11笔。');
    expect(read.suggestion).toBe('一是设立风险补偿资金；二是扩大试点。');
  });
});

describe('the suggestions first, the background after', () => {
  it('splits at 背景是 and titles by the first measure, not the count of them', async () => {
    const read = await extractFields('建议三条：\n1. 在柳陂镇设置秸秆集中收储点；\n2. 对秸秆还田给予补贴。\n\n背景是：每年麦收后秸秆没地方去，不少农户偷偷焚烧。');
    expect(read.situation).toBe('每年麦收后秸秆没地方去，不少农户偷偷焚烧。');
    expect(read.suggestion).toContain('设置秸秆集中收储点');
    expect(read.title).toBe('关于在柳陂镇设置秸秆集中收储点的建议');
  });
});

describe('a topic line with consent in brackets', () => {
  it('takes the consent out and titles the report by the topic', async () => {
    const text = '反映一个农村公路的问题（同意署名）。\n门古寺镇去年新修的通组公路，今年雨季已经塌方三处。\n建议：交通部门尽快组织抢修。';
    expect(extractContact(text)).toMatchObject({ signed: true });
    const read = await extractFields(text);
    expect(read.title).toBe('关于农村公路的建议');
    expect(read.situation).not.toContain('同意署名');
  });
});

describe('a name answered with a title after it', () => {
  it.each([
    ['李建国主任', '李建国'],
    ['王芳老师', '王芳'],
    ['张主任', null],
  ])('%s', (text, name) => {
    expect(readPersonName(text)).toBe(name);
  });
});

describe('in a chat', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());
  let n = 0;
  const member = () => new ChatDriver(() => app, `new-style-${++n}`, '');

  it('does not rewrite the report when asked to polish it, and keeps the request out of it', async () => {
    const zheng = member();
    await zheng.say('我要反映社情民意');
    await zheng.say('初二年级体检近视的占到七成以上，课间学生基本不出教室。建议教育局落实课间15分钟户外活动。');
    expect(await zheng.say('能不能帮我润色一下')).toContain('不代为改写');
    expect(await zheng.say('预览')).not.toContain('润色');
  });

  it('keeps a grumble about being asked for details out of the story', async () => {
    const luo = member();
    await luo.say('我想反映社情民意');
    await luo.say('县城到镇上的农村客运班线去年停了三条，学生周末回家只能搭黑车。');
    await luo.say('建议恢复班线，亏损部分由财政适当补贴。');
    await luo.say('这个还要填啊，上回都报过的');
    expect(await luo.say('预览')).not.toContain('还要填');
  });

  it('takes a short complaint that ends on how bad it is as the story, not a piece of one', async () => {
    const gao = member();
    await gao.say('我要反映社情民意');
    expect(await gao.say('二中门口早上违停严重')).toContain('意见建议');
  });
});

describe('edits at the preview by the sentence', () => {
  const fields = { situation: '城区公办养老院床位很紧张。但是郊区的养老机构空着一大半。', suggestion: '建议推行医养结合。' };

  it('rewrites the sentence named by its place', () => {
    expect(readPreviewEdit(fields, '情况第一句改成：城区床位入住率不到四成')?.situation).toBe('城区床位入住率不到四成。但是郊区的养老机构空着一大半。');
    expect(readPreviewEdit(fields, '情况最后一句改成：郊区的空着一半')?.situation).toBe('城区公办养老院床位很紧张。郊区的空着一半。');
  });

  it('adds a sentence to the part named after 在', () => {
    expect(readCorrection('在情况里补一句：该路段今年已发生3起追尾事故')).toEqual([{ field: 'situation', value: '该路段今年已发生3起追尾事故', append: true }]);
  });
});

describe('more of the story after the bot has moved on', () => {
  it('does not take 主要是 or 堆得 for a suggestion', () => {
    expect(readsAsSuggestion('主要是沿岸没地方扔，散步的人吃完东西就随手丢河坡上')).toBe(false);
    expect(readsAsSuggestion('一下雨全冲进河里，下游拦污栅那里堆得跟小山一样')).toBe(false);
    expect(readsAsSuggestion('城管要定个固定的保洁频次')).toBe(true);
  });
});

describe('one of several problems withdrawn', () => {
  it('drops the problem named by its topic, and the count before the items', () => {
    const fields = { situation: '有两个事：一是公交12路晚上8点就收车了，工人没车回家；二是人民公园的公厕晚上锁门。' };
    expect(withdrawnPart(fields, '公厕那个算了不写了，就说公交的事')?.situation).toBe('公交12路晚上8点就收车了，工人没车回家。');
  });

  it('drops the problem named by its number, with its suggestion', () => {
    const fields = { situation: '第一个问题：药店医保个人账户不能买非处方药。第二个问题：物业费收了不公示账目。', suggestion: '第一个建议扩大医保个人账户的使用范围；第二个建议要求物业每季度公示收支。' };
    expect(withdrawnPart(fields, '第二个问题删掉吧，物业的我另外报')).toEqual({ situation: '药店医保个人账户不能买非处方药。', suggestion: '扩大医保个人账户的使用范围。' });
  });

  it('leaves a report with one problem alone', () => {
    expect(withdrawnPart({ situation: '公厕晚上锁门。' }, '公厕那个算了')).toBeNull();
  });

  it('drops a problem withdrawn in more words, or keeps the one the member says to keep', () => {
    const school = { situation: '学校周边的小饭桌大多没有办证，上周两个学生吃了拉肚子。另外学校门口早上接送车辆乱停也很严重。' };
    // The topic said in other words than the story's ("停车" of "接送车辆乱停").
    expect(withdrawnPart(school, '停车的事先不写了，一事一报嘛，回头单独再报')?.situation).toBe('学校周边的小饭桌大多没有办证，上周两个学生吃了拉肚子。');
    const voice = { situation: '滨江大道有一段路灯坏了快一个月 晚上漆黑一片 还有 那边的垃圾中转站味道很大 夏天更严重' };
    expect(withdrawnPart(voice, '垃圾站的事不要写进去了 那个环保局已经在弄了')?.situation).toBe('滨江大道有一段路灯坏了快一个月 晚上漆黑一片');
    const henan = { situation: '俺村到镇上那条路去年修了一半就停了 还有俺村自来水一到夏天就停' };
    expect(withdrawnPart(henan, '那自来水嘞先不说了 说路嘞')?.situation).toBe('俺村到镇上那条路去年修了一半就停了');
    const two = { situation: '两个事：一是工程款被拖欠很普遍，我们公司被拖了两年多；二是现在技术工人招不到，焊工月薪开到一万都没人来。' };
    expect(withdrawnPart(two, '还是只说工程款吧，招工的事上个月跟人社局座谈时已经提过了')?.situation).toBe('工程款被拖欠很普遍，我们公司被拖了两年多。');
    const drugs = { situation: '社区卫生服务中心的药太少了，老人只能跑到大医院去开。另外还有个事 我们学校门口的流动摊贩也挺多的' };
    expect(withdrawnPart(drugs, '算了摊贩那个下次再单独报吧 一事一报 先说药的事')?.situation).toBe('社区卫生服务中心的药太少了，老人只能跑到大医院去开。');
    // A clause that only says something (他们说不行吧) keeps nothing out.
    expect(withdrawnPart(two, '他们说不行吧')).toBeNull();
  });
});

describe('more everyday forms', () => {
  it('reads a list bulleted from its first line as the story, with no title taken from it', async () => {
    const read = await extractFields('📌小区电梯三天两头坏\n📌维修基金申请要业主2/3签字，根本凑不齐');
    expect(read.situation).toContain('小区电梯三天两头坏');
    expect(read.title).not.toBe('小区电梯三天两头坏');
  });

  it('adds a sentence to the part named with 那段', () => {
    expect(readCorrection('建议那段再加一句：对屡查屡犯的要公开曝光')).toEqual([{ field: 'suggestion', value: '对屡查屡犯的要公开曝光', append: true }]);
  });

  it('gives up in clauses set apart by spaces', () => {
    expect(isCancel('不弄了 取消吧 等我整理好材料再说')).toBe(true);
    expect(isCancel('我们小区 电梯坏了 物业不管')).toBe(false);
  });

  it('starts a report a secretary sends for 钟委员', () => {
    expect(readIntent('我是钟委员的秘书，替钟委员反映社情民意').kind).toBe('start');
    // Courtesies and other business before the wish are no story; who the member is, said there, is kept.
    expect(readIntent('王秘书好！最近辛苦了，上次调研的照片收到了谢谢🙏 有个社情民意想报一下')).toEqual({ kind: 'start', rest: '' });
    expect(readIntent('我是民盟的徐丽，有个社情民意想报一下')).toMatchObject({ kind: 'start', rest: expect.stringContaining('徐丽') });
  });
});

describe('names said in ways of their own', () => {
  it('takes a compound surname stated before the name', () => {
    expect(readPersonName('我姓上官，叫上官文静，台湾民主自治同盟')).toBe('上官文静');
  });

  it('takes the name put right straight away', () => {
    expect(extractContact('我叫刘洋，哦不对打错了，刘阳，阳光的阳。团市委的，电话13907191234')).toMatchObject({ rest: '', name: '刘阳', phone: '13907191234' });
  });

  it('reads a name after the hospital, the department and the title', () => {
    expect(extractContact('我是市中心医院心内科主任李建华，医卫界委员。急性心梗病人一半以上超过了黄金救治时间。')).toMatchObject({ name: '李建华', sector: '医药卫生', rest: '急性心梗病人一半以上超过了黄金救治时间。' });
  });
});

describe('details already held, consent for this report, a sector said wrongly', () => {
  it('keeps a remark that the office already has the details out of the story, and reads 这篇署名报', () => {
    expect(extractContact('我已经绑定过了，名字界别你那边都有。这篇署名报。')).toEqual({ rest: '', signed: true });
    expect(extractContact('我们小区的名单上有三百户，一半没人住').rest).toBe('我们小区的名单上有三百户，一半没人住');
  });

  it('puts the sector right when it was said wrongly', () => {
    expect(readCorrection('不好意思界别说错了，我是妇联界别的，不是工会')).toEqual([{ field: 'sector', value: '妇联' }]);
  });
});
