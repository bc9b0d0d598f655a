import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { silentLogger } from '../src/log.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { readsAsSuggestion } from '../src/opinions/intake/start-phrase.ts';
import { readYesNo } from '../src/shared/yes-no.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('a no said twice over', () => {
  it.each(['不用不用', '不了不了', '不是不是'])('%s is a no, not an A-not-A question', (text) => {
    expect(readYesNo(text)).toBe('no');
  });

  it('still reads A-not-A as a question', () => {
    expect(readYesNo('用不用')).toBeNull();
  });
});

describe('a pasted report laid out in its own words', () => {
  it('reads 问题描述 and 解决思路 as the story and the suggestion', () => {
    const read = extractFields('问题描述：四方山公园周边停车位严重不足，周末游园的车沿路乱停。\n解决思路：①周末对游客开放停车场；②开通接驳巴士。\n联系方式：谭明 13907198888');
    expect(read).toMatchObject({ situation: '四方山公园周边停车位严重不足，周末游园的车沿路乱停。', suggestion: '①周末对游客开放停车场；②开通接驳巴士。', name: '谭明' });
  });

  it('takes the title under a header and a signature line, and keeps every line of the story', () => {
    const read = extractFields('社情民意信息\n报送人：龚丽（致公党）\n\n关于加强农村学生营养午餐监管的建议\n\n    我市农村学生营养改善计划每生每天补助5元，部分学校供餐以面包为主。\n    建议：一是推动有条件的学校建食堂供应热餐。');
    expect(read).toMatchObject({ title: '关于加强农村学生营养午餐监管的建议', name: '龚丽', sector: '致公党' });
    expect(read.situation).toContain('每生每天补助5元');
    expect(read.suggestion).toBe('一是推动有条件的学校建食堂供应热餐。');
  });
});

describe('the member’s own words in the dialog', () => {
  it('reads 建义, a typo of 建议, as a suggestion', () => {
    expect(readsAsSuggestion('建义 65岁以上就免费坐公交 或者先半价')).toBe(true);
  });

  it('gives up when the member it is reported for has called it off', () => {
    expect(isCancel('等一下，李委员刚打电话来说这条先不报了，他要再调研一下')).toBe(true);
    expect(isCancel('群众说不反映了也没用')).toBe(false);
  });
});

describe('an offer declined at length', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('begins no report when the member says they only meant to vent', async () => {
    const member = new ChatDriver(() => app, 'venting-1', '老街坊');
    expect(await member.say('跟你说个事，我们楼下那家烧烤店每天搞到凌晨两点，油烟直接往楼上飘，跟老板说了好几次也没用')).toContain('要把它作为社情民意提交吗');
    expect(await member.say('不用不用，我就是吐槽一下，不是要反映')).not.toContain('我们来填写');
  });
});
