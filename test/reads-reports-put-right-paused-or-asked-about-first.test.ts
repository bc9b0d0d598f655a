import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

/** Reports told the way members tell them: a word put right on the way, a pause to find out, asking first whether it counts. */

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `put-right-paused-${++members}`, '青山');

async function submitted(driver: ChatDriver) {
  return (await app.storage.opinions.get(receiptNumber(await driver.say('确认提交'))))?.fields;
}

describe('a word put right, and the story going on after it', () => {
  it('changes the word and keeps what is told after it', async () => {
    const ke = member();
    await ke.say('我要反映个事情，城西菜场旁边的路灯一到晚上就不亮');
    await ke.say('不对 说错了 是城东菜场 不是城西 路灯坏了三个多月 晚上收摊的老人摸黑走路 上周还有人摔了');
    await ke.say('建议城管部门尽快把路灯修好');
    expect(await ke.say('柯文华 民革 13085423611 署名')).toContain('请核对');
    const fields = await submitted(ke);
    expect(fields?.situation).toContain('城东菜场旁边的路灯');
    expect(fields?.situation).toContain('晚上收摊的老人摸黑走路');
    expect(fields?.situation).not.toMatch(/城西|说错了/u);
  });
});

describe('another matter switched to', () => {
  it('tells the new matter instead of the one begun', async () => {
    const tu = member();
    await tu.say('我想反映社情民意，先说下城南农贸市场的卫生问题');
    await tu.say('算了这个别人已经反映过了，我换个事说：城南农贸市场门口的红绿灯坏了两个月，早上买菜的老人过马路太危险');
    await tu.say('建议交警部门尽快修复信号灯');
    expect(await tu.say('涂海燕 科技界 13907286613 署名可以')).toContain('请核对');
    const fields = await submitted(tu);
    expect(fields?.situation).toMatch(/^城南农贸市场门口的红绿灯坏了两个月/u);
    expect(`${fields?.situation}${fields?.title}`).not.toMatch(/卫生|换个事|别人已经反映/u);
  });
});

describe('a pause until the member knows more', () => {
  it('keeps the draft, stores nothing of the remark, and goes on when the member is back', async () => {
    const tan = member();
    await tan.say('我想反映社情民意，关于我们村土地流转租金拖欠的事');
    expect(await tan.say('流转出去的地有多少亩我记不清了，等我问清楚再说')).toContain('回来接着说');
    await tan.say('我问清楚了，还是反映社情民意：双台村有320亩地流转给一家合作社，两年的租金都没给，涉及87户村民');
    await tan.say('建议镇政府督促合作社限期支付租金');
    await tan.say('谭志刚 农业界 13508651234 同意署名');
    const fields = await submitted(tan);
    expect(fields?.situation).toContain('320亩地流转给一家合作社');
    expect(fields?.situation).not.toMatch(/记不清|问清楚/u);
  });
});

describe('a report opened in other words', () => {
  it.each([
    ['这算不算社情民意：我发现好多快递驿站把老年人的药品快递随便堆在门口，夏天胰岛素这类药放在外面晒', '药品快递随便堆在门口'],
    ['恁好 俺问一下 俺们学校老师被安排去街上创文明城市站岗 这中不中反映？', '老师被安排去街上创文明城市站岗'],
  ])('starts with the story when the member asks whether it counts: %s', (text, story) => {
    expect(readStartPhrase(text)?.rest).toContain(story);
  });

  it('leaves a question about who may report a question', () => {
    expect(readStartPhrase('哦 那我问下 社情民意是不是只有委员才能报？')).toBeNull();
  });

  it.each(['侬好呀，阿拉想反映个事体', '您好，我是总工会界别的委员，叫童建军，想给外卖骑手反映个事', '我又回来了，物业说没钱修，还是反映一下社情民意吧'])('starts: %s', (text) => {
    expect(readStartPhrase(text)).not.toBeNull();
  });

  it('leaves the Wu remark on the bot out of the story', async () => {
    const gu = member();
    await gu.say('喂 格个机器人灵伐 阿拉想报个社情民意');
    await gu.say('服装城旁边的停车场收费老贵，一个钟头十块，外地客商停半日就要五六十块');
    await gu.say('建议停车头一个钟头免费');
    await gu.say('顾建新 工商联 13962358470 署名');
    expect((await submitted(gu))?.situation).not.toContain('机器人');
  });
});
