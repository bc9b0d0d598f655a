import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { silentLogger } from '../src/log.ts';
import { parseSigned } from '../src/opinions/intake/parse-answer.ts';
import { isWebDebris } from '../src/opinions/intake/web-debris.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('what a web page leaves around a pasted report', () => {
  it.each(['https://mp.weixin.qq.com/s/Xk3pQ9wLmT7vRb2sD4eF1g', '原文链接：https://www.example.gov.cn/a/1.html', '点击阅读原文', '阅读 2356  在看 18'])('%s is no part of it', (line) => {
    expect(isWebDebris(line)).toBe(true);
  });

  it('keeps a line that only mentions reading', () => {
    expect(isWebDebris('阅读室晚上六点就关门')).toBe(false);
  });
});

describe('consent thought over', () => {
  it.each([
    ['署名的话……还是不用了', false],
    ['哎，还是匿名稳妥点', false],
  ])('%s', (text, signed) => {
    expect(parseSigned(text)).toBe(signed);
  });

  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('changed twice at the preview, the last choice is submitted', async () => {
    const m = new ChatDriver(() => app, 'second-thoughts-1');
    await m.say('我想反映社情民意');
    await m.say('很多小企业的财务不会做研发费用辅助账，怕被稽查干脆不申报加计扣除。建议科技局和税务局每季度开展一次政策辅导。');
    await m.say('九三学社 罗明 13907191234 署名的话……还是不用了');
    await m.say('算了，署我名吧');
    await m.say('哎，还是匿名稳妥点');
    const done = await m.say('就这样，提交');
    expect(done).toContain('已提交成功');
    expect((await app.storage.opinions.get(receiptNumber(done)))?.fields.signed).toBe(false);
  });
});

describe('taken to someone else first', () => {
  it('gives up the report', () => {
    expect(isCancel('算了，这是单位内部的事，我还是先跟领导反映吧')).toBe(true);
  });
});

describe('a report’s formal close and signature forms', () => {
  it('leaves “以上情况，请领导关注” out of the body', () => {
    const fields = extractFields('近年来出租自建房越来越多，不少楼没有消防通道。\n\n为此建议：由区住建局牵头开展一次安全排查。\n\n以上情况，请领导关注。\n\n民革 郑建华 13477231809');
    expect(`${fields.situation}${fields.suggestion}`).not.toContain('请领导关注');
    expect(fields).toMatchObject({ name: '郑建华', phone: '13477231809' });
  });

  it('reads a signature set apart by bars', () => {
    const fields = extractFields('市图书馆周末下午五点就闭馆。\n建议把周末闭馆时间延长到晚上九点。\n文化艺术界｜吴敏｜微信及电话 15629847710｜可署名');
    expect(fields).toMatchObject({ name: '吴敏', sector: '文化艺术', phone: '15629847710', signed: true });
    expect(`${fields.situation}${fields.suggestion}`).not.toMatch(/吴敏|微信|可署名/u);
  });
});

describe('two mobiles, and which one to call', () => {
  it('takes the one the member says to call, and leaves the remarks out', () => {
    const said = extractFields('新城区最近的卫生服务站要走两公里。建议区卫健局建一个社区卫生服务中心。我是妇联的朱兰，电话13477196650是我单位的，不常在身边，有事打15971280037');
    expect(said.phone).toBe('15971280037');
    expect(said.suggestion).not.toMatch(/单位的|不常在身边/u);
    const first = extractFields('建议帮我们对接电商平台我是农业界的我有两个电话一个是13872961105一个是15007193326打第一个就行同意署名');
    expect(first.phone).toBe('13872961105');
    expect(first.suggestion).toBe('建议帮我们对接电商平台');
  });
});
