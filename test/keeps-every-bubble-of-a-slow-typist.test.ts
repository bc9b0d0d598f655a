import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('who reports it, written the phone’s way', () => {
  it('reads details set apart by full-width slashes', () => {
    expect(extractContact('骆小燕／致公党／１８０７１９５６２０３')).toEqual({ name: '骆小燕', sector: '致公党', phone: '18071956203', rest: '' });
  });

  it('reads consent said in Hubei speech', () => {
    expect(readConsent('写我名字冇得关系')).toBe(true);
    expect(extractContact('我叫毛德才 民建的 电话13477983320 写我名字冇得关系')).toMatchObject({ name: '毛德才', signed: true, rest: '' });
  });
});

describe('a story told a few words a bubble', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('keeps a line of the story sent when the suggestion was asked for, before the suggestion', async () => {
    const yang = new ChatDriver(() => app, 'slow-typist-1', '夕阳红');
    await yang.say('我想反映社情民意');
    for (const piece of ['郧阳区的公交车', '老年卡只能在工作日用', '周末我们老年人去医院看病都要自己掏钱']) await yang.say(piece);
    expect(await yang.say('别的县市都是天天能用')).toContain('接着说');
    await yang.say('建议公交公司把老年卡改成每天都能免费乘车');
    const draft = await yang.say('预览');
    expect(draft).toMatch(/【情况与问题】[^【]*别的县市都是天天能用/u);
    expect(draft).toMatch(/【意见建议】建议公交公司/u);
  });

  it('still drops a remark about reporting said before the suggestion', async () => {
    const lu = new ChatDriver(() => app, 'slow-typist-2', '老陆');
    await lu.say('我想反映社情民意');
    await lu.say('城南菜市场门口每天早上三轮车乱停，上周有个老人被撞伤了');
    await lu.say('不过想想还是报吧，建议交警早上派人管，划个停车区');
    expect(await lu.say('预览')).not.toContain('想想还是报');
  });
});
