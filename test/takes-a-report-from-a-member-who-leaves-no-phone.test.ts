import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { phoneWithheld } from '../src/opinions/intake/phone-withheld.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `no-phone-${++members}`, '东哥');

const STORY = '我们郧阳区茶店镇的农村客运班线去年底停了，村里的老人去镇上看病赶集都要包车，一趟要五六十块钱。';
const SUGGESTION = '建议区交通局恢复班线或者开通预约公交，给运营公司一点补贴。';

describe('a member who declines to leave a phone', () => {
  it.each([
    ['电话就不留了吧 办公室那边有我的号码', ''],
    ['电话我不想留 有事你们打市政协办公室转我', ''],
    ['电话你们名单上有 不用留了', ''],
    ['郑国富 农业界的 电话就不留了', '郑国富 农业界的'],
    // 湖北话 有么事 = 有什么事.
    ['电话不想留 有么事你们找政协办公室就晓得了', ''],
    ['电话算了吧，不方便留', ''],
  ])('reads "%s" as no phone left', (text, rest) => {
    expect(phoneWithheld(text)).toEqual({ rest });
  });

  it.each(['电话13907181234，办公室也有', '电话一三九 七一八八 二零四六 不留了', '我不留名字', '不', '打他电话不给接'])('does not read "%s" so', (text) => {
    expect(phoneWithheld(text)).toBeNull();
  });

  it('reads it in the story only in words about the office\'s records', () => {
    expect(phoneWithheld('园区晚上偷排废气。我是致公党的吴敏，电话你们名单上有 不用留了，可以署名。', true)).toEqual({ rest: '园区晚上偷排废气。我是致公党的吴敏，可以署名。' });
    expect(phoneWithheld('居民打社区电话不给处理，说不归他们管', true)).toBeNull();
  });

  it('is not asked again: the preview says 未留 and the report is submitted without one', async () => {
    const zheng = member();
    await zheng.say('我想反映社情民意');
    await zheng.say(STORY);
    await zheng.say(SUGGESTION);
    expect(await zheng.say('郑国富 农业界的')).toContain('联系电话');
    const preview = await zheng.say('电话就不留了吧 办公室那边有我的号码');
    expect(preview).toContain('【联系电话】未留');
    expect(preview).not.toContain('格式不正确');
    const number = receiptNumber(await zheng.say('同意署名'));
    const stored = await app.storage.opinions.get(number);
    expect(stored?.fields).toMatchObject({ name: '郑国富', sector: '农业', phone: '未留', signed: true });
  });

  it('still takes a phone given later at the preview', async () => {
    const xu = member();
    await xu.say('我想反映社情民意');
    await xu.say(STORY);
    await xu.say(SUGGESTION);
    await xu.say('许文涛 无党派');
    await xu.say('电话我不想留');
    expect(await xu.say('算了还是留一个吧 电话13907181234')).toContain('【联系电话】13907181234');
  });
});
