import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { splitFreeText } from '../src/opinions/intake/free-text.ts';
import { phoneWithCorrectedEnd } from '../src/opinions/intake/phone.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('a suggestion thought aloud in northern speech', () => {
  it('starts where the member says an office should act', () => {
    const { situation, suggestion } = splitFreeText('我们村口那座桥的栏杆断了好几根，晚上骑车的人容易掉下去。我琢磨着叫交通局把栏杆补齐，再装几盏灯。');
    expect(situation).toContain('栏杆断了好几根');
    expect(suggestion).toMatch(/^我琢磨着叫交通局/u);
  });

  it('leaves a story about the family in the story', () => {
    expect(splitFreeText('我想着让孩子去镇上读书，可是班车去年就停了，现在每天要走一个钟头').suggestion).toBeUndefined();
  });
});

describe('consent for this report only', () => {
  it.each([
    ['这回匿名吧', false],
    ['这一次不要署名', false],
    ['这次还是署名', true],
  ])('%s', (text, signed) => {
    expect(readConsent(text)).toBe(signed);
  });
});

describe('who reports it, in everyday forms', () => {
  it('reads 我较 typed for 我叫 before a name, and not in a story', () => {
    expect(extractContact('我较孙丽华，民进的，手机13512345678')).toMatchObject({ name: '孙丽华', sector: '民进', phone: '13512345678', rest: '' });
    expect(extractContact('我交了三年物业费，可是电梯还是坏的').name).toBeUndefined();
  });

  it('drops an English given name written with the surname before the full Chinese name', () => {
    expect(extractContact('我是医卫界的Lily 张，张晓燕，电话13611112222')).toMatchObject({ name: '张晓燕', phone: '13611112222', rest: '' });
  });

  it('takes the line the member says to use when both are given', () => {
    expect(extractContact('我是民革的许静，座机0719-8123456，手机13987654321，上班时间打座机')).toMatchObject({ phone: '0719-8123456', rest: '' });
    expect(extractContact('手机13987654321，座机0719-8123456，别打座机').phone).toBe('13987654321');
  });

  it('reads a number introduced by which line it is', () => {
    expect(extractContact('电话这回写我单位的：0719-8123456')).toMatchObject({ phone: '0719-8123456', rest: '' });
  });
});

describe('a report a secretary sends for a member', () => {
  const text = '您好，我是周海涛委员的助理，替周委员反映一个情况：\n老城区菜市场的下水道经常堵，污水漫到路上。\n建议城管局今年内把管网改造完。';

  it('keeps the framing line out of the story and takes the member named in it', () => {
    const fields = extractFields(text);
    expect(fields.name).toBe('周海涛');
    expect(fields.situation).toMatch(/^老城区菜市场/u);
    expect(`${fields.situation}${fields.suggestion}`).not.toMatch(/助理|替周委员/u);
  });

  it('lets a signature below name the reporter instead', () => {
    expect(extractFields(`${text}\n反映人：周海涛，致公党，13700001111`).name).toBe('周海涛');
  });
});

describe('numbered items that each tell a problem and its remedy', () => {
  it('puts every problem in the story and every remedy in the suggestion, under the subject named', async () => {
    const read = await extractFields('关于城区公交站台的几个问题。一是很多站台没有座椅，建议加装座椅；二是站牌字太小，老人看不清，建议换成大字站牌。');
    expect(read.situation).toBe('关于城区公交站台的几个问题。一是很多站台没有座椅；二是站牌字太小，老人看不清');
    expect(read.suggestion).toBe('一是建议加装座椅；二是建议换成大字站牌。');
    expect(read.title).toBe('关于城区公交站台的建议');
  });

  it('leaves numbered items without a remedy each to the usual reading', async () => {
    const read = await extractFields('一是站台没有座椅；二是站牌字太小。建议公交公司统一改造。');
    expect(read.suggestion).toBe('建议公交公司统一改造。');
  });
});

describe('a pasted report with a cover line and thanks', () => {
  it('keeps the cover line and the closing thanks out of the report', async () => {
    const read = await extractFields('以下是我的社情民意，麻烦您看一下：\n\n内容：锦绣华庭入住半年了天然气还不通。\n建议：住建部门把燃气配套纳入竣工验收。\n\n民建 蔡明 13872099999 同意署名\n辛苦王秘书！');
    expect(read.situation).toBe('锦绣华庭入住半年了天然气还不通。');
    expect(`${read.situation}${read.suggestion}`).not.toMatch(/以下是|麻烦您|辛苦/u);
  });
});

describe('a sector changed this term', () => {
  it('takes the sector said for this term and leaves the remark out of the story', () => {
    const read = extractContact('我是冯颖，原来是共青团界别的，这届换到新闻出版界了，名单可能还没改过来。想反映一个情况。');
    expect(read).toMatchObject({ name: '冯颖', sector: '新闻出版' });
    expect(read.rest).not.toMatch(/共青团|名单/u);
  });

  it('puts the sector right at the preview', () => {
    expect(readCorrection('界别那里写的农业界是上一届的，这届我是无党派人士')).toEqual([{ field: 'sector', value: '无党派人士' }]);
  });
});

describe('one digit of the phone put right by its place', () => {
  it.each([
    ['倒数第三位是9', '13812345978'],
    ['第四位应该是0', '13802345678'],
    ['倒数第一位是五', '13812345675'],
  ])('%s', (text, phone) => {
    expect(phoneWithCorrectedEnd('13812345678', text)).toBe(phone);
  });

  it('keeps the grouping of the number as written', () => {
    expect(phoneWithCorrectedEnd('138 1234 5678', '倒数第二位是0')).toBe('138 1234 5608');
  });

  it('is a correction of the phone at the preview', () => {
    expect(readCorrection('号码写错了，倒数第三位是9，不是6', undefined, { phone: '13812345678' })).toEqual([{ field: 'phone', value: '13812345978' }]);
  });
});

describe('in a chat', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  let members = 0;
  const member = (nickname = '岁月静好') => new ChatDriver(() => app, `variety-${++members}`, nickname);
  const storedBy = async (reply: string) => (await app.storage.opinions.get(receiptNumber(reply)))?.fields;

  it('waits for a slow typist who never says the word 社情民意, then reads the pieces as one story', async () => {
    const sun = member();
    expect(await sun.say('我眼睛花，打字慢')).toContain('慢慢说');
    for (const piece of ['城东菜市场门口', '每天早上', '三轮车乱停']) expect(await sun.say(piece)).toContain('接着说');
    await sun.say('上周有个老人被撞伤了');
    for (const piece of ['建议交警早上派人管', '划个停车区']) await sun.say(piece);
    await sun.say('就这些');
    expect(await sun.say('孙丽华 民进 13512345678')).toContain('请核对');
    const fields = await storedBy(await sun.say('同意署名'));
    expect(fields?.situation).toContain('城东菜市场门口');
    expect(fields?.situation).toContain('撞伤');
    expect(fields?.suggestion).toContain('划个停车区');
    expect(`${fields?.situation}${fields?.suggestion}`).not.toMatch(/眼睛花|打字慢|就这些/u);
  });

  it('reads the held pieces as the story when the slow typist says they are done', async () => {
    const li = member();
    await li.say('我打字慢');
    for (const piece of ['我们小区', '电梯', '三天两头坏']) await li.say(piece);
    expect(await li.say('说完了')).toContain('意见建议');
  });

  it('reads a story about a missing standard as the story after only a topic', async () => {
    const xie = member();
    await xie.say('我想反映一下房县黄酒的事');
    expect(await xie.say('县里一百多家作坊，大部分是家庭作坊，没有统一标准，去年有两批抽检不合格')).toContain('意见建议');
    await xie.say('建议制定地方标准，建立溯源码');
    const draft = await xie.say('预览');
    expect(draft).toMatch(/【情况与问题】[^【]*一百多家作坊/u);
    expect(draft).toMatch(/【意见建议】建议制定地方标准/u);
  });

  it('keeps remarks to the bot out of the report: a pause, a question thrown back, a question about length', async () => {
    const yan = member();
    await yan.say('我要反映个社情民意');
    expect(await yan.say('这个要写好多字啊')).toContain('已保留');
    await yan.say('我们做农产品加工的企业用电太贵了，一度电比隔壁县贵一毛多');
    expect(await yan.say('等下我接个电话')).toContain('您先忙');
    await yan.say('你说咋弄？我看就是发改委跟供电公司协调，执行农业生产电价');
    const draft = await yan.say('预览');
    expect(draft).toMatch(/【意见建议】我看就是发改委/u);
    expect(draft).not.toMatch(/接个电话|咋弄|好多字/u);
  });

  it('holds the topic named after 有个事 until the story comes', async () => {
    const kong = member();
    await kong.say('有个事');
    expect(await kong.say('垃圾站')).toContain('接着说');
    expect(await kong.say('我们小区门口那个垃圾中转站夏天臭得不行，苍蝇成群')).toContain('意见建议');
  });

  it('offers a story told in bubbles without a start phrase, and takes the details told inside it', async () => {
    const he = member();
    expect(await he.say('王秘书，我们村的村医李大夫今年七十一了，全村一千多人看病拿药都靠他一个人')).toContain('要把它作为社情民意提交吗');
    expect(await he.say('前天我去他那儿量血压——顺便说一下我是农工党的何春生，电话15872036147——他跟我说干不动了，一个月补助才八百块')).toContain('意见建议');
    await he.say('建议卫健局提高村医补助，乡镇卫生院派年轻医生轮流下村坐诊');
    const draft = await he.say('预览');
    expect(draft).toContain('【反映人】何春生');
    expect(draft).toMatch(/【情况与问题】[^【]*七十一[^【]*八百块/u);
  });

  it('offers a suggestion to an office sent on its own, but answers a question', async () => {
    expect(await member().say('建议卫健局提高村医补助，乡镇卫生院派年轻医生轮流下村坐诊')).toContain('要把它作为社情民意提交吗');
    expect(await member().say('我是李明，手机13907191234，武汉市政协开了多少次党组会议？')).not.toMatch(/要把它作为社情民意提交吗|我们来填写/u);
  });

  it('takes consent said with the start and does not ask for it again', async () => {
    const qian = member();
    await qian.say('我想反映社情民意，这回不署名');
    await qian.say('开发区到高铁站的公交两个小时才一班，晚上七点以后就没有车了，出差回来的人只能打车，一趟要八十多块');
    await qian.say('建议公交公司晚上加开两班，并和高铁到站时间衔接');
    const preview = await qian.say('钱卫国，经济界，13811223344');
    expect(preview).toContain('【是否同意署名报送】不同意');
    expect(preview).not.toContain('不署名');
  });

  it('takes a landline given at the preview that asks for consent, and still asks for consent', async () => {
    const zhou = member();
    await zhou.say('我想反映社情民意');
    await zhou.say('新城区三个小区共用一个垃圾站，夏天臭味很大，周边住户一千多人');
    await zhou.say('建议环卫处每天清运两次并做好密闭');
    expect(await zhou.say('我是周敏，农工党，手机13766554433')).toContain('署名');
    const preview = await zhou.say('电话这次还是留我办公室的：0719-8776655');
    expect(preview).toContain('【联系电话】0719-8776655');
    expect(preview).toContain('【是否同意署名报送】（请选择）');
    expect(await storedBy(await zhou.say('同意'))).toMatchObject({ phone: '0719-8776655', signed: true });
  });
});

describe('a part announced before its label', () => {
  it('reads "先说我的建议：" and "说下情况：" as the labels they announce', async () => {
    const { readLabels } = await import('../src/opinions/intake/labels.ts');
    const { values } = readLabels('先说我的建议：给老旧小区装电梯\n说下情况：五层以上住的多是老人');
    expect(values.map((v) => v.field)).toEqual(['suggestion', 'situation']);
    expect(values[0]?.value).toContain('给老旧小区装电梯');
  });

  it('reads "我的建议是两条：" as a label, how many said before the colon', async () => {
    const { readLabels } = await import('../src/opinions/intake/labels.ts');
    expect(readLabels('我的建议是两条：一是配备AED，二是培训村医').values).toMatchObject([{ field: 'suggestion', value: expect.stringMatching(/^一是配备AED/u) }]);
  });
});
