import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';
import { readYesNo } from '../src/shared/yes-no.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

/** Reports in Wu and northern speech, from elderly members and from a spouse's phone, a name put right at the preview, and contact details read out. */

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `wu-elderly-${++members}`, '夕阳红');

async function submitted(driver: ChatDriver, reply = '确认提交') {
  return (await app.storage.opinions.get(receiptNumber(await driver.say(reply))))?.fields;
}

describe('Wu speech', () => {
  it('reads 额 closing a clause as 的', () => {
    expect(extractFields('我是民进额，叫顾佩芳，电话13962358471，名字可以写额')).toMatchObject({ name: '顾佩芳', sector: '民进', phone: '13962358471', signed: true });
    expect(extractFields('我是环资界额').sector).toBe('环境资源');
  });

  it('reads 好额 as yes', () => {
    expect(readYesNo('好额')).toBe('yes');
  });
});

describe('a northern introduction before the wish', () => {
  it('reads 俺是… and 嘛事儿 as who reports it and a matter to report', () => {
    expect(readStartPhrase('哎小助手 俺是廊坊开发区做物流的 民建会员 姓孙 叫孙振江 想反映个嘛事儿 就是咱这儿货车限行')?.rest).toMatch(/^俺是廊坊开发区做物流的 民建会员 姓孙 叫孙振江，就是咱这儿货车限行/u);
  });
});

describe('an elderly member excusing the typing after saying who they are', () => {
  it('keeps the years, the phone and the apology out of the story', async () => {
    const yi = member();
    await yi.say('小助手您好！我是退休的老教师，今年七十多了，不太会用手机，孙子教我的，说错了您别见怪。我想说说我们这里的事情。');
    await yi.say('我们街道的老年大学报名太难了，每年开学报名要凌晨排队，报了三年都没报上的有一百多人。');
    await yi.say('建议把闲置的厂房改成老年大学的分校');
    expect(await yi.say('我叫易承德，是民进的，电话13581901273。写上我名字也没关系。')).toContain('请核对');
    const fields = await submitted(yi);
    expect(fields?.situation).toMatch(/^我们街道的老年大学/u);
    expect(fields?.signed).toBe(true);
  });

  it('reads 写上我名字也没关系 as consent', () => {
    expect(readConsent('写上我名字也没关系')).toBe(true);
    expect(readConsent('名字写上也没关系')).toBe(true);
  });
});

describe('a report sent from a spouse\'s phone', () => {
  it('keeps whose account it is out of the story', () => {
    expect(extractFields('这个微信是我老伴李建国的，我叫方淑珍，是民革的，我们住的中山路小区没有天然气管道').situation).toBe('我们住的中山路小区没有天然气管道');
  });
});

describe('the name put right at the preview', () => {
  it('takes the surname told by its parts, with the name said again', async () => {
    const zhang = member();
    await zhang.say('我想反映社情民意。火车站晚上出租车拒载严重，去城区近的不拉，还有不打表一口价50元的。');
    await zhang.say('建议交通运输部门在火车站设专人监管');
    expect(await zhang.say('章伟 民盟 13872435609 同意署名')).toContain('请核对');
    expect(await zhang.say('语音输错了，是弓长张，张伟')).toContain('张伟');
    expect((await submitted(zhang))?.name).toBe('张伟');
  });
});

describe('contact details read out or announced', () => {
  it('reads a landline read out in numerals after the phone is named', () => {
    expect(extractFields('我是交通运输局的 中共界委员 叫冯大山 电话零七一九 四二二 六八八五').phone).toBe('07194226885');
  });

  it('reads a landline grouped as it is read out', () => {
    expect(extractFields('电话0719 422 6885').phone?.replace(/\D/gu, '')).toBe('07194226885');
  });

  it('reads who the member is from brackets after 我', () => {
    const fields = extractFields('我（政协委员、民建会员黄河，电话18972862641）最近多次在浙江路看到渣土车不盖篷布，沿路抛洒泥土。');
    expect(fields).toMatchObject({ name: '黄河', sector: '民建', phone: '18972862641' });
    expect(fields.situation).toBe('我最近多次在浙江路看到渣土车不盖篷布，沿路抛洒泥土。');
  });

  it('takes who the member is, said first, out of the story that follows 然后说事', () => {
    const fields = extractFields('我先说下我是谁 医卫界委员 市第二人民医院的 邓伟 电话15071868829 然后说事：南化塘镇的村医年龄都偏大 我认识的一个村医王医生 电话13907195570 他说年轻人没人愿意干');
    expect(fields).toMatchObject({ name: '邓伟', sector: '医药卫生', phone: '15071868829' });
    expect(fields.situation).toMatch(/^南化塘镇的村医年龄都偏大/u);
    expect(fields.situation).toContain('13907195570');
  });
});
