import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { readIntroduction } from '../src/opinions/intake/introduction.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('who the member is, said in the middle of the story', () => {
  it('takes out a clause saying which sector they are in, keeping the sector', () => {
    const read = extractFields('上个月两起电动车充电起火。我是东风公司技术中心的黄工，科协界别的。锂电池一旦热失控，三五分钟楼道就全是毒烟。');
    expect(read.situation).toBe('上个月两起电动车充电起火。锂电池一旦热失控，三五分钟楼道就全是毒烟。');
    expect(read.sector).toBe('科协');
  });

  it('takes out being a member of the committee, and a former post said beside it', () => {
    expect(extractFields('上个月3栋还冒过一次烟。我作为住在这个小区的委员，天天看着着急。').situation).toBe('上个月3栋还冒过一次烟。天天看着着急。');
    expect(extractFields('我原来是郧阳区一个乡镇的党委书记，现在是中共界别的委员。村里一年要迎接40多次检查。')).toMatchObject({ situation: '村里一年要迎接40多次检查。', sector: '中共' });
    expect(extractFields('我在团市委推荐进的青联界别，本职在一家做电商的公司。年轻人都说租房难')).toMatchObject({ situation: '年轻人都说租房难', sector: '青联' });
  });

  it('leaves somebody else introducing themselves in a quoted message', () => {
    const quoted = '转一段：“戴委员您好，我是海虞镇的刘阿姨，我们福山这边好几个公交站台都没有遮雨棚”';
    expect(extractFields(quoted).situation).toContain('我是海虞镇的刘阿姨');
  });

  it('reads a membership and a business the member runs, listed before the name, and the letter’s lead-in after it', () => {
    const read = extractFields('我是致公党党员、在城南开了一家物流公司的林国华，现将了解到的情况反映如下：\n城南货车夜间禁行时段太长，很多物流企业只能绕行。\n建议：交警部门按路段调整夜间禁行时段。');
    expect(read).toMatchObject({ name: '林国华', sector: '致公党', situation: '城南货车夜间禁行时段太长，很多物流企业只能绕行。' });
    expect(extractContact('我是民盟的在老街经营一家书店的许静，老街的店铺租金一年涨了三成')).toMatchObject({ name: '许静', rest: '老街的店铺租金一年涨了三成' });
  });

  it('reads a membership said with the workplace, a role set beside it, and the name after it', () => {
    expect(extractFields('我是在三医院当护士的民进会员周敏，我们科这半年夜班护士走了4个')).toMatchObject({ situation: '我们科这半年夜班护士走了4个', name: '周敏', sector: '民进' });
    expect(extractFields('尊敬的市政协领导：\n我是民建会员、本市一家物流企业负责人。近期货车通行证办理仍需到窗口现场提交纸质材料。')).toMatchObject({
      situation: '近期货车通行证办理仍需到窗口现场提交纸质材料。',
      sector: '民建',
    });
  });

  it('keeps another committee’s member in the story', () => {
    expect(extractFields('我是我们小区业委会的委员，物业撤场半年了没人管').situation).toContain('业委会的委员');
  });
});

describe('signatures in a pasted report', () => {
  it('reads the member under the title of a party branch’s report', () => {
    const read = extractFields('关于规范城区校外培训机构预收费的建议\n（民进市委会 孙丽 报送）\n\n今年以来，我市先后有3家校外培训机构关门跑路。\n\n建议：\n一、教育部门会同银行落实预收费资金监管');
    expect(read).toMatchObject({ name: '孙丽', sector: '民进', situation: '今年以来，我市先后有3家校外培训机构关门跑路。' });
  });

  it('reads a signature with the newspaper the member works for', () => {
    const read = extractFields('接连采访了好几个被骗的老人。\n建议公安和社区联合开展防骗宣传进小区。\n十堰晚报 郑雅琪（新闻出版界）电话：13308671156');
    expect(read).toMatchObject({ name: '郑雅琪', sector: '新闻出版', phone: '13308671156', suggestion: '建议公安和社区联合开展防骗宣传进小区。' });
  });

  it('reads a run-on voice introduction and the filler after it', () => {
    const read = extractFields('我是文艺界的委员是市汉剧团的演员我叫梅雪芬就是我们剧团现在没有固定的排练演出场地');
    expect(read).toMatchObject({ name: '梅雪芬', sector: '文化艺术', situation: '我们剧团现在没有固定的排练演出场地' });
  });
});

describe('a voice message signed at the end', () => {
  it('reads a compound surname explained and the sector after it', () => {
    expect(extractContact('公寓能不能多建在高新区附近 我叫欧阳晨 欧阳是复姓 共青团界别的 电话15623970041')).toMatchObject({ rest: '公寓能不能多建在高新区附近', name: '欧阳晨', sector: '共青团' });
  });

  it('drops whose number it is and why, and an opener said as 说个事情', () => {
    const read = extractFields('跟你说个事情哈 我们汽配城那条街 晚上一下雨就淹 建议市政把排水管换成大管子 我是工商联的周德贵 电话打我儿子的 13085426617 我手机老是没信号[抱拳]');
    expect(read).toMatchObject({ situation: '我们汽配城那条街 晚上一下雨就淹', suggestion: '建议市政把排水管换成大管子', phone: '13085426617' });
  });
});

describe('names said with how one is called', () => {
  it('never takes a surname with a post for the name', () => {
    expect(extractContact('贫道俗名杨明德，电话13487261158')).toMatchObject({ name: '杨明德', rest: '' });
    expect(extractContact('我是市体校的高教练，体育界的。').name).toBeUndefined();
  });
});

describe('how a report is announced', () => {
  it('starts on a report handed over, or on the channel named, after an introduction', () => {
    expect(readStartPhrase('王秘书您好，我是民盟的秦德华，麻烦您帮我把这个社情民意报上去，谢谢！')?.rest).toContain('秦德华');
    expect(readStartPhrase('福生无量天尊 我是武当山特区这边宗教界的委员 有个情况想通过社情民意反映一下')).toEqual({ rest: '我是武当山特区这边宗教界的委员' });
    expect(readStartPhrase('社情民意报上去要多久')).toBeNull();
  });

  it('reads anonymity asked for with the start phrase', () => {
    expect(extractFields(readStartPhrase('我想反应下社情民意，不过得匿名哈')!.rest)).toEqual({ signed: false });
  });

  it('takes an elderly member’s greeting with their sector as an introduction', () => {
    expect(readIntroduction('同志你好 我是市政协的老委员了 今年七十三 社科界的 眼睛不好字打得慢 你多担待')).toEqual({ sector: '社会科学' });
  });
});

describe('the name given a part at a time, and a phone put right at the preview', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  async function toContact(driver: ChatDriver): Promise<void> {
    await driver.say('我想反映一下社情民意');
    await driver.say('我们社区80岁以上的独居老人有130多个，今年有6个老人在家里摔倒');
    await driver.say('建议民政部门把适老化改造补贴覆盖到所有高龄独居老人');
  }

  it('keeps the surname until the given name comes', async () => {
    const wang = new ChatDriver(() => app, 'surname-first-1', '岁月静好');
    await toContact(wang);
    expect(await wang.say('我姓汪 三点水的汪')).toContain('姓汪');
    await wang.say('丽萍');
    await wang.say('社福界的 电话13035860792');
    const draft = await wang.say('预览');
    expect(draft).toContain('【反映人】汪丽萍');
    expect(draft).not.toContain('三点水');
  });

  it('adds a suggestion said as 再加一条, and takes the member’s details said back as a confirmation', async () => {
    const jiang = new ChatDriver(() => app, 'preview-additions-1', '江海');
    await toContact(jiang);
    await jiang.say('江海 民建 13997801234');
    expect(await jiang.say('再加一条：社区志愿者每周上门看一次')).toMatch(/【意见建议】[^【]*社区志愿者每周上门看一次/u);
    expect(await jiang.say('江海 民建 没错')).toContain('是否同意署名');
  });

  it('takes a new number said with 不对不对 at the preview', async () => {
    const zhang = new ChatDriver(() => app, 'phone-put-right-1', '东哥');
    await toContact(zhang);
    await zhang.say('我是工商联的张卫东 电话13997803357');
    await zhang.say('不对不对 电话打错了 是13997803375');
    expect(await zhang.say('预览')).toContain('13997803375');
  });
});
