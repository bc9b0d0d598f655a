import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { silentLogger } from '../src/log.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { spelledName } from '../src/opinions/intake/name-spelling.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `around-${++members}`, '绿水青山');

describe('the report after other business in the same message', () => {
  it('starts where 另外有个事想反映 begins', () => {
    expect(readStartPhrase('材料明天上午我让司机送到办公室。另外有个事想反映：大运河步道的路灯有一半不亮')?.rest).toBe('大运河步道的路灯有一半不亮');
  });
});

describe('suggestions said the member’s own way', () => {
  it('reads 俺寻思县里能不能…… as the suggestion', () => {
    const fields = extractFields('今年小麦收的时候赶上连阴雨，烘干机根本不够用，好些麦子都发芽了。\n俺寻思县里能不能把烘干设施补贴往乡镇倾斜一下');
    expect(fields.suggestion).toBe('俺寻思县里能不能把烘干设施补贴往乡镇倾斜一下');
  });
  it('reads the background told after "我有两点建议" as the situation', () => {
    const fields = extractFields('我有两点建议：一是设立骑手维权服务站；二是推动平台缴纳职业伤害保障。\n\n说一下背景：去年我代理了17起外卖骑手的工伤纠纷，骑手只能自己扛医药费。');
    expect(fields.situation).toBe('去年我代理了17起外卖骑手的工伤纠纷，骑手只能自己扛医药费。');
    expect(fields.suggestion).toContain('一是设立骑手维权服务站');
  });
});

describe('a name spelled out character by character', () => {
  it('reads the characters, and nothing else', () => {
    expect(spelledName('弓长张 振兴的振 中华的华')).toBe('张振华');
    expect(spelledName('耳东陈，晓得的晓，山峰的峰')).toBe('陈晓峰');
    expect(spelledName('民革的')).toBeNull();
  });

  it('is taken as the name at any step, never added to the story', async () => {
    const li = member();
    await li.say('我想反映社情民意');
    await li.say('几个老旧小区加装了电梯，每户每月要交80块运行费，一楼二楼也要交，物业就把电梯停了。');
    await li.say('建议住建局出台加装电梯运维费用分摊的指导标准');
    await li.say('我叫张振华');
    await li.say('弓长张 振兴的振 中华的华');
    const draft = await li.say('预览');
    expect(draft).toContain('张振华');
    expect(draft).not.toContain('弓长张');
  });
});

describe('hesitating at the preview, and a start by mistake', () => {
  it('answers a hesitation without adding it or submitting', async () => {
    const li = member();
    await li.say('我想反映社情民意：白沟的箱包企业一到重污染预警就一律停产，我们厂评了B级也停了23天。建议生态环境局按绩效分级差异化管控。我是经济界的董建民，电话13315278406');
    const reply = await li.say('等一下，这个报上去会不会给镇里添麻烦，我想想');
    expect(reply).toContain('不着急');
    const draft = await li.say('预览');
    expect(draft).not.toContain('添麻烦');
  });

  it('cancels "哎呀不是 我按错了 …… 取消取消"', () => {
    expect(isCancel('哎呀不是 我按错了 我是想问开会的事 取消取消')).toBe(true);
    expect(isCancel('电话按错了')).toBe(false);
  });
});

describe('a formal letter’s framing and the member’s remarks around the report', () => {
  it('drops the lead-in, the closing courtesies and 此致敬礼', () => {
    const fields = extractFields('关于扩大老年大学办学规模的建议。本人系退休干部，现就老年大学报名难问题略陈管见：市老年大学热门班几分钟即报满。建议：一、开设分校；二、推行线上课堂。以上意见，仅供参考。同意署名。');
    expect(fields).toMatchObject({ situation: '市老年大学热门班几分钟即报满。', suggestion: '一、开设分校；二、推行线上课堂。', signed: true });
    const letter = extractFields('古城区已有三处民居墙体开裂。为此建议：开展普查建档。不当之处，敬请指正。同意署名。此致 敬礼！');
    expect(`${letter.situation}${letter.suggestion}`).not.toMatch(/指正|此致|敬礼/u);
  });

  it('drops a speech\'s salutation and closing, and the note that it was a speech', () => {
    const speech = extractFields('下面是我在上周专题协商会上的发言稿，想改成社情民意报上去：\n\n各位领导、各位委员：\n大家好！我就研发费用加计扣除政策落实谈几点看法。全市科技型中小企业约460家，去年享受加计扣除的只有170多家。\n为此建议：一是税务部门和科技局联合开展政策上门辅导；二是编印简明申报指引。\n以上发言，不当之处请批评指正。谢谢大家！');
    const body = `${speech.situation}${speech.suggestion}`;
    expect(body).toContain('享受加计扣除的只有170多家');
    expect(body).not.toMatch(/各位领导|发言稿|批评指正|谢谢大家/u);
  });

  it('leaves out why the member stays unnamed ("我们做生意的不方便出面")', async () => {
    const { consentSpans } = await import('../src/opinions/intake/consent.ts');
    const text = '反映个情况 匿名哈 我们做生意的不方便出面';
    const [span] = consentSpans(text);
    expect(span?.signed).toBe(false);
    expect(text.slice(span!.start, span!.end)).toBe('匿名哈 我们做生意的不方便出面');
  });
  it('drops a remark on the member’s other number', () => {
    const fields = extractFields('专家号要手机预约。建议保留现场号源。这次联系电话留我另一个号18827301946，平时那个不常开机。');
    expect(`${fields.situation}${fields.suggestion}`).not.toContain('不常开机');
    expect(fields.phone).toBe('18827301946');
  });
  it('keeps a story piece sent when the suggestion was asked for', async () => {
    const li = member();
    await li.say('您好，想反映一条社情民意。');
    await li.say('有的学校把学生送去电子厂流水线顶岗实习，一天十二个小时，跟专业根本不对口。');
    await li.say('中介还从每个学生工资里抽成。');
    await li.say('意见：教育局开展实习专项检查，实习报酬直接打到学生卡上。');
    const draft = await li.say('预览');
    expect(draft).toMatch(/【情况与问题】[^【]*中介还从每个学生工资里抽成/u);
  });
  it('reads "就这些 发了啊" at the preview as sending it, and a change of mind on signing said with a title change', async () => {
    const li = member();
    await li.say('我想反映社情民意：小区维修资金要三分之二业主签字才能动用，屋顶漏水一拖就是一年多。建议简化应急情况下维修资金使用程序。我是民建的周强，电话13912345678');
    const asked = await li.say('就这些 发了啊');
    expect(asked).toContain('是否同意署名');
    const li2 = member();
    await li2.say('我想反映社情民意：小区维修资金要三分之二业主签字才能动用，屋顶漏水一拖就是一年多。建议简化应急情况下维修资金使用程序。我是民建的周强，电话13912345678，同意署名');
    const preview = await li2.say('标题改成“关于简化住宅专项维修资金应急使用程序的建议”，还有还是匿名吧，不署名了');
    expect(preview).toContain('关于简化住宅专项维修资金应急使用程序的建议');
    expect(preview).toMatch(/【是否同意署名报送】\s*(?:不同意|否|不署名)/u);
  });
});

describe('the problem and the suggestion told in the member’s order', () => {
  it('keeps the story told after the ask in the situation, and a measure said plainly in the suggestion', () => {
    const fields = extractFields('建议区里给每个乡镇配一台冷藏车。去年全镇的桃子烂掉了三成，贩子压价压到五毛一斤。对收购点一律登记备案。');
    expect(fields.situation).toContain('去年全镇的桃子烂掉了三成');
    expect(fields.suggestion).toContain('给每个乡镇配一台冷藏车');
    expect(fields.suggestion).toContain('对收购点一律登记备案');
  });
  it('reads what others hope for as part of the problem', () => {
    const fields = extractFields('学校食堂只能坐两百人，一千多学生分三批吃饭。家长们都希望学校能把食堂扩一扩，可一直没动静。建议教育局今年把食堂改扩建列入计划。');
    expect(fields.situation).toContain('家长们都希望学校能把食堂扩一扩');
    expect(fields.suggestion).toBe('建议教育局今年把食堂改扩建列入计划。');
  });
  it('offers a report that asks in everyday words (能不能要求……, 与其……不如……)', async () => {
    const li = member();
    const reply = await li.say('地铁站口早高峰共享单车堆得像小山，人行道被占满了，行人只能走到马路上。运维的人说他们一天只调度两次。能不能要求几家单车公司在高峰时段增加调度，再在站口划定停放区？');
    expect(reply).toContain('社情民意');
  });
});

describe('numbered points that each ask first and then say why', () => {
  it('puts each reason in the situation and each ask in the suggestion', () => {
    const fields = extractFields('我提两点：一是建议放宽到70岁以上，因为70到79岁独居老人有130多个。二是建议允许送餐上门，现在规定只能堂食。');
    expect(fields.suggestion).toBe('一是建议放宽到70岁以上；二是建议允许送餐上门。');
    expect(fields.situation).toContain('现在规定只能堂食');
  });
});

describe('suggestions opened the member’s way', () => {
  it('reads "……最好管一管" and "依我看，……" as opening the suggestion, the story after kept as the story', () => {
    const first = extractFields('快递柜超时收费最好管一管。现在小区的快递柜放进去12小时就开始收钱，老人不会用手机扫码。快递员放柜之前应该先打电话问一声。');
    expect(first.suggestion).toContain('最好管一管');
    expect(first.situation).toContain('放进去12小时就开始收钱');
    const second = extractFields('我们区垃圾分类搞了三年，四色桶基本成了摆设，清运车来了还是一股脑倒在一起。依我看，光宣传没用，先得把分类运输这一环理顺。');
    expect(second.suggestion).toContain('先得把分类运输这一环理顺');
  });
});

describe('asides said step by step', () => {
  it('drops the typist’s aside after the story and leaves 署不署都行 to be asked', () => {
    expect(extractFields('老年食堂三月份关门了，有的天天吃挂面。我今年七十六了，打字慢，您多担待。').situation).toBe('老年食堂三月份关门了，有的天天吃挂面。');
    expect(extractFields('建议医保局在医院窗口直接帮老人办备案。署不署都行，你们看着办').suggestion).toBe('建议医保局在医院窗口直接帮老人办备案。');
  });
  it('reads an explanation or what was done to people as story, not as a suggestion', async () => {
    const { tellsMoreOfTheStory } = await import('../src/opinions/intake/start-phrase.ts');
    expect(tellsMoreOfTheStory('主要是周边老旧管网雨污混流，一下雨就往湖里冲。')).toBe(true);
    expect(tellsMoreOfTheStory('实习内容跟专业根本不对口，学学前教育的也被安排进厂。')).toBe(true);
  });
  it('answers "要不要附照片？我拍了的" and keeps nothing of it', async () => {
    const { processQuestionsIn } = await import('../src/opinions/dialog/process-questions.ts');
    expect(processQuestionsIn('要不要附照片？我拍了的')).toEqual({ questions: ['要不要附照片？'], rest: '' });
    expect(processQuestionsIn('署名会不会有人来找我麻烦？不会吧，那就署吧').rest).toBe('不会吧，那就署吧');
  });
});

describe('bubbles that are only a remark, step by step', () => {
  it('stores nothing of "说完啦" or of the member’s age, and asks again', async () => {
    const li = member();
    await li.say('我想反映个情况');
    await li.say('高龄津贴每年都要本人到社区做一次资格认证，卧床的老人也得抬过去拍照。');
    await li.say('我今年八十二了，腿脚也不方便。');
    await li.say('说完啦');
    await li.say('建议民政部门用刷脸认证或者社区上门认证。');
    const draft = await li.say('预览');
    expect(draft).not.toMatch(/八十二|说完啦/u);
    expect(draft).toContain('建议民政部门用刷脸认证');
  });
  it('reads 补贴没到位 as the problem, not as a measure asked', async () => {
    const { tellsMoreOfTheStory } = await import('../src/opinions/intake/start-phrase.ts');
    expect(tellsMoreOfTheStory('听说是运营的公司补贴没到位亏本了，有的老人天天吃挂面。')).toBe(true);
  });
});

describe('points numbered 第一，第二，', () => {
  it('splits each into its ask and what the member saw', () => {
    const fields = extractFields('提两条建议。第一，施工许可能不能跟规划许可并联办，我们园区有家企业光是这两个证就跑了五个多月。第二，建议把消防验收的标准提前告诉企业，去年有家厂房验收时才说疏散通道宽度不够。');
    expect(fields.suggestion).toContain('施工许可能不能跟规划许可并联办');
    expect(fields.situation).toContain('跑了五个多月');
    expect(fields.situation).toContain('疏散通道宽度不够');
  });
  it('reads 与其……不如…… as the suggestion', () => {
    expect(extractFields('农家书屋基本都是锁着门，书架上的书落满了灰。我觉得与其每年配新书，不如把书屋跟老年活动室合在一起。').suggestion).toContain('不如把书屋跟老年活动室合在一起');
  });
});
