import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { silentLogger } from '../src/log.ts';
import { contactIn } from '../src/opinions/dialog/contact-answers.ts';
import { extractFields, withoutDecoration } from '../src/opinions/intake/extract.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = (nickname = '山水有情') => new ChatDriver(() => app, `openers-${++members}`, nickname);

/** What was stored under the receipt a reply carries. */
async function storedBy(reply: string) {
  return (await app.storage.opinions.get(receiptNumber(reply)))?.fields;
}

async function submitted(driver: ChatDriver) {
  return storedBy(await driver.say('确认提交'));
}

describe('a report that opens with the measure', () => {
  it('takes the one-clause opener as the suggestion and asks for the story', async () => {
    const gao = member();
    expect(await gao.say('我想提个建议：城北菜市场门口的路口要装红绿灯')).toContain('情况与问题');
    await gao.say('早上买菜的老人多，电动车和三轮车从四个方向抢行，上个月就撞倒了两位老人。');
    expect(await gao.say('高文静，民进，13907185526，同意署名')).toContain('请核对');
    const fields = await submitted(gao);
    expect(fields?.suggestion).toContain('路口要装红绿灯');
    expect(fields?.situation).toContain('撞倒了两位老人');
  });

  it('puts the opener back in the story when the real suggestion follows', async () => {
    const lu = member();
    await lu.say('我想反映社情民意：老城区的公厕要多建几座');
    // The situation is not asked for again and again: the draft moves on to who reports it.
    expect(await lu.say('建议城管局在人民路和解放路各新建一座公厕')).toContain('反映人');
    await lu.say('陆海涛，民盟，13872605517，同意署名');
    const fields = await submitted(lu);
    expect(fields?.situation).toContain('公厕要多建几座');
    expect(fields?.suggestion).toContain('各新建一座公厕');
  });

  it('keeps a long first message as the story, whatever measure it mentions', () => {
    const fields = extractFields('我们小区旁边的文化广场说是全天开放，实际上晚上八点就锁门，跳舞的散步的都进不去');
    expect(fields.situation).toContain('晚上八点就锁门');
  });
});

describe('remarks to the bot that stay out of the story', () => {
  it('reads off a lead-in before the contact details', async () => {
    const lin = member();
    await lin.say('我想反映社情民意。先说一下我的联系方式：林小燕，民进的，电话13872610045');
    await lin.say('城东幼儿园门口接孩子的家长把车停在人行道上，每天下午四点半堵成一团。');
    expect(await lin.say('建议交警在放学时段派人疏导。')).toContain('请核对');
    const fields = await storedBy(await lin.say('可以署名'));
    expect(fields).toMatchObject({ name: '林小燕', sector: '民进', phone: '13872610045' });
    expect(fields?.situation).not.toContain('联系方式');
  });

  it('drops "对了，还有" before a detail added later', () => {
    expect(extractFields('对了，还有，好几个小区的充电桩收费也没有公示。').situation).toBe('好几个小区的充电桩收费也没有公示。');
  });

  it('drops whose phone the message comes from', () => {
    expect(withoutDecoration('用的我女儿手机')).toBe('');
  });

  it('takes the age and the slow typing, sent as the suggestion is asked, as a remark', async () => {
    const sun = member();
    await sun.say('我想反映社情民意');
    await sun.say('我们村到镇上的路灯坏了大半年了，晚上出门黑灯瞎火，上个月有个老人摔断了腿。');
    expect(await sun.say('我八十一了眼神不好')).toContain('慢慢说');
    await sun.say('建议镇里尽快把路灯修好');
    await sun.say('孙德旺 农工党 13593710826');
    const fields = await storedBy(await sun.say('同意'));
    expect(`${fields?.situation}${fields?.suggestion}`).not.toMatch(/八十一|眼神/u);
    expect(fields?.suggestion).toContain('路灯修好');
  });
});

describe('who reports it, said in other words', () => {
  it('takes the name after 俗名 or 本名', () => {
    expect(extractFields('建议整治景区门口的假僧人。我是宗教界的，本名周立新，电话13972601185').name).toBe('周立新');
    expect(contactIn('俗名陈永和，宗教界，13697190024').given.name).toBe('陈永和');
  });

  it('reads a number the member asks to be used this time', () => {
    expect(contactIn('这次电话请留单位座机 0719-8123456').given.phone).toBe('0719-8123456');
  });

  it('leaves the number of someone named by their post in the story', () => {
    const fields = extractFields('协会会长周立群（电话13871905522）说今年有三十多家会员单位退会。建议工商联帮助协会理顺管理。');
    expect(fields.phone).toBeUndefined();
    expect(fields.situation).toContain('13871905522');
  });
});

describe('putting the report off', () => {
  it('is a cancel when the member will come back once they know more', () => {
    expect(isCancel('算了 等我了解清楚再说吧')).toBe(true);
    expect(isCancel('算了，回头再报')).toBe(true);
  });

  it('is no cancel when the member only hesitates or goes on', () => {
    expect(isCancel('算了，这个问题太大了')).toBe(false);
    expect(isCancel('等我了解清楚再说吧')).toBe(false);
  });
});
