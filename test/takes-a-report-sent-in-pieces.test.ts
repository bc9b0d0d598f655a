import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = (nickname = '福寿安康') => new ChatDriver(() => app, `pieces-${++members}`, nickname);

/** What was stored under the receipt a reply carries. */
async function storedBy(reply: string) {
  return (await app.storage.opinions.get(receiptNumber(reply)))?.fields;
}

async function submitted(driver: ChatDriver) {
  return storedBy(await driver.say('确认提交'));
}

describe('a member who types a few words a bubble', () => {
  it('holds the pieces until the story is told, then reads them as one message', async () => {
    const tian = member();
    await tian.say('我想反映个社情民意');
    expect(await tian.say('我今年七十六了')).toContain('慢慢说');
    await tian.say('打字慢');
    for (const piece of ['我们村通镇上的班车', '停了半年了', '看病要走十几里路', '建议恢复班车', '一天两趟就行']) {
      // Each piece is acknowledged; nothing is asked of it yet.
      expect(await tian.say(piece)).not.toMatch(/意见建议？|界别|请核对/u);
    }
    await tian.say('我叫');
    await tian.say('田永福');
    await tian.say('电话');
    await tian.say('13593762048');
    expect(await tian.say('农工党的')).toContain('请核对');
    const fields = await storedBy(await tian.say('署名吧'));
    expect(fields?.situation).toContain('停了半年了，看病要走十几里路');
    expect(fields?.situation).not.toMatch(/七十六|打字慢/u);
    expect(fields?.suggestion).toContain('一天两趟就行');
    expect(fields).toMatchObject({ name: '田永福', sector: '农工党', phone: '13593762048', signed: true });
  });

  it('puts a slip right when the pieces are read together, and ends on 就这些', async () => {
    const wang = member();
    await wang.say('反映个情况');
    for (const piece of ['我们小区', '有五十户', '不对', '是十五户', '家里有卧床老人', '社区医生一年也不上门一次']) await wang.say(piece);
    expect(await wang.say('就这些')).toContain('意见建议');
    for (const piece of ['建议家庭医生', '每个月上门一次']) await wang.say(piece);
    expect(await wang.say('王桂兰 妇联 13872615903')).toContain('请核对');
    const fields = await storedBy(await wang.say('可以写名字'));
    expect(fields?.situation).toContain('十五户');
    expect(fields?.situation).not.toContain('五十户');
    expect(fields?.suggestion).toContain('每个月上门一次');
  });

  it('finishes a phone number sent over two bubbles', async () => {
    const wei = member();
    await wei.say('我想反映社情民意');
    await wei.say('县城到我们乡的班车一天只有两趟，下午四点就收班了，在县城读高中的孩子周五赶不上车');
    await wei.say('建议交通局周五加开学生专线');
    expect(await wei.say('我是魏红梅，教育界的，电话135')).toContain('号码');
    expect(await wei.say('72461089')).toContain('署名');
    const fields = await storedBy(await wei.say('同意署名'));
    expect(fields).toMatchObject({ name: '魏红梅', sector: '教育', phone: '13572461089' });
    expect(fields?.situation).not.toContain('135');
  });

  it('takes a title sent first as the title, and still asks for the story', async () => {
    const he = member('tg_8812');
    await he.say('/opinion');
    expect(await he.say('关于老年人看病挂号难的建议')).toContain('情况与问题');
    await he.say('现在市里几家大医院都取消了现场挂号窗口，只能手机预约，老人不会用智能手机');
    await he.say('建议保留人工挂号窗口');
    expect(await he.say('贺小琴，社科界，电话15927830114，可以署名')).toContain('【标题】关于老年人看病挂号难的建议');
  });

  it('leaves the member’s own name out of a story told as 我庞志远…', async () => {
    const pang = member();
    await pang.say('我想反映社情民意');
    await pang.say('燃气公司的客服热线根本打不进去，我庞志远做了这么多年企业，没见过这么难打的热线');
    await pang.say('建议住建局督促燃气公司增加坐席');
    await pang.say('庞志远，民建，13886127350，署名');
    const fields = await submitted(pang);
    expect(fields?.name).toBe('庞志远');
    expect(fields?.situation).toContain('我做了这么多年企业');
  });

  it('takes the story and the suggestion sent together after only a topic', async () => {
    const feng = member();
    await feng.say('我想反映一下盲道被占的问题');
    await feng.say('人民北路那家超市把冰柜摆到了盲道上，上个月一位盲人师傅撞到冰柜角上额头缝了六针。建议城管部门集中清理盲道占用。');
    await feng.say('我是社会福利和社会保障界的委员冯淑英，电话13872065519，同意署名');
    const fields = await submitted(feng);
    expect(fields?.situation).toContain('额头缝了六针');
    expect(fields?.suggestion).toContain('集中清理盲道占用');
  });

  it('puts a detail right in the next bubble', async () => {
    const qiu = member();
    await qiu.say('想反映个事');
    await qiu.say('雨花路口那几个窨井盖丢了一个多月了，晚上骑电动车的已经有人掉进去摔断了腿');
    await qiu.say('建议市政部门马上补装防盗井盖');
    await qiu.say('我叫邱国华，民建的，电话18907196624');
    expect(await qiu.say('不对，是民革的，刚才打错了')).toContain('【界别】民革');
    const fields = await storedBy(await qiu.say('同意'));
    expect(fields?.sector).toBe('民革');
    expect(`${fields?.situation}${fields?.suggestion}`).not.toContain('打错');
  });

  it('keeps an introduction said over several bubbles before the report', async () => {
    const chen = member('秉坤');
    await chen.say('我是僑聯的');
    expect(await chen.say('陳秉坤')).toContain('陈秉坤');
    await chen.say('電話13602751846');
    await chen.say('我想反映个情况');
    await chen.say('社区老人坐公交刷老年卡，每年都要去营业厅年审，排队两个钟头');
    expect(await chen.say('建议改成网上年审或社区代办')).toContain('请核对');
    expect(await storedBy(await chen.say('同意署名'))).toMatchObject({ name: '陈秉坤', sector: '侨联', phone: '13602751846' });
  });

  it('is not held up when one short topic comes before the story', async () => {
    const li = member('李明');
    await li.say('我想反映社情民意');
    await li.say('停车难');
    const next = await li.say('我们小区只有两百个车位，住了八百户，晚上车都停到消防通道上了');
    expect(next).toContain('意见建议');
    await li.say('建议街道协调周边单位夜间开放停车场');
    await li.say('民盟 李明 13812345678 同意署名');
    expect((await submitted(li))?.situation).toMatch(/^停车难，我们小区只有两百个车位/u);
  });
});

describe('members whose names no surname list holds', () => {
  it('takes a long name given with the other details, and a name spelled out character by character', async () => {
    const yang = member('县政协办小杨');
    await yang.say('我想反映社情民意');
    await yang.say('乡里的彝族村寨还有不少人家住在土掌房里，墙体开裂，去年雨季塌了两间');
    await yang.say('建议住建部门把高寒山区的危房改造名额单列');
    expect(await yang.say('阿于木呷，少数民族界，电话15188402367')).toContain('署名');
    expect(await storedBy(await yang.say('可以署名'))).toMatchObject({ name: '阿于木呷', sector: '少数民族' });

    const zhuoga = member('格桑花');
    await zhuoga.say('我想反映社情民意');
    await zhuoga.say('我们乡的幼儿园只有两个老师，都只会说汉语，刚入园的藏族娃娃听不懂');
    await zhuoga.say('建议教育部门给乡村幼儿园配双语老师');
    expect(await zhuoga.say('我的名字有点长，德庆卓嘎，德国的德，庆祝的庆，卓越的卓，嘎子的嘎')).not.toContain('姓名');
  });

  it('puts a long name right at the preview, with how it is written beside it', async () => {
    const mai = member('老麦');
    await mai.say('我想反映社情民意');
    await mai.say('我们县城的清真餐馆办食品经营许可证要跑三个部门，前前后后要一个多月');
    await mai.say('建议把这几个审批合并成一窗办理');
    expect(await mai.say('我叫麦麦提江吐尔逊 少数民族界 电话13899271405 同意署名')).toContain('请核对');
    expect(await mai.say('名字要改一下，是买买提江·吐尔逊，买东西的买，中间有个点')).toContain('【反映人】买买提江·吐尔逊');
  });
});

