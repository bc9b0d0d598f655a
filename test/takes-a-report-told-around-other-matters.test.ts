import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readSplit } from '../src/opinions/dialog/split-messages.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `around-${++members}`, '山水之间');

/** The part of the preview between one field's label and the next. */
const field = (preview: string, label: string) => preview.split(`【${label}】`)[1]?.split('【')[0] ?? '';

describe('a title the member marks with 《》 or quotes, said with other things', () => {
  it('is the title, and a new phone number said beside it is no story', async () => {
    const m = member();
    await m.say('我想反映社情民意，标题《关于解决小微企业续贷难的建议》，另外我电话早换了，现在用18671960000');
    await m.say('好几家小企业反映，银行贷款到期必须先还后贷，只能找过桥资金，利息一天千分之一。');
    await m.say('建议金融办推动银行落实无还本续贷。');
    const preview = await m.say('预览');
    expect(field(preview, '标题')).toContain('关于解决小微企业续贷难的建议');
    expect(field(preview, '情况与问题')).toContain('先还后贷');
    expect(preview).not.toContain('电话早换了');
  });

  it('reads a labelled title in quotes from a message that tells everything', async () => {
    const m = member();
    await m.say('我想反映社情民意：标题“关于增加老城区停车位的建议”。老城区只有两个公共停车场，周末排队排到马路上。建议利用闲置地块建立体停车楼。');
    const preview = await m.say('预览');
    expect(field(preview, '标题')).toContain('关于增加老城区停车位的建议');
    expect(field(preview, '情况与问题')).not.toContain('标题');
  });
});

describe('talk about other matters while telling one', () => {
  it('answers a question about an earlier report and keeps it out of the story', async () => {
    const m = member();
    await m.say('我想反映社情民意');
    await m.say('对了，我上个月报的那个关于路灯的，现在到哪一步了？');
    await m.say('城南新区几个小区门口没有公交站，最近的站要走一公里半。');
    const preview = await m.say('预览');
    expect(field(preview, '情况与问题')).toContain('没有公交站');
    expect(preview).not.toContain('到哪一步');
  });

  it('leaves out how many matters there are and one let go in passing', async () => {
    const m = member();
    await m.say('我想反映社情民意，有两件事，先说一件');
    await m.say('市区的公共充电桩都集中在东风大道沿线，西边几乎没有，车主要跑十几公里充电。');
    await m.say('第二件是路灯的事，想了想还是算了，下回单独报');
    const preview = await m.say('预览');
    expect(field(preview, '情况与问题')).toContain('充电桩');
    expect(preview).not.toContain('两件事');
    expect(preview).not.toContain('路灯');
  });

  it('takes consent said inside the story, and the office knowing who sent it, out of the story', async () => {
    const m = member();
    await m.say('我想反映社情民意');
    await m.say('一家民营养老院护工一个人管十几个失能老人。报的时候别写我名字，办公室知道是我就行。');
    const preview = await m.say('预览');
    expect(preview).not.toContain('别写我名字');
    expect(preview).not.toContain('办公室知道');
  });
});

describe('a story sent a few words a bubble', () => {
  const held = (pieces: string[]) => ({ pieces, fragmentary: true, lead: '', digits: '' });

  it('reads the lines that tell apart from the suggestion that follows them', () => {
    const reading = readSplit(held(['夜里冻得睡不着']), '建议民政给敬老院装空调', true);
    expect(reading.hold ? [] : reading.texts).toEqual(['夜里冻得睡不着', '建议民政给敬老院装空调']);
  });

  it('does so for pieces held until the member says they are done', () => {
    const reading = readSplit(held(['我们不会弄', '好多老人就不坐车了', '希望还能用实体卡刷']), '好了', true);
    expect(reading.hold ? [] : reading.texts).toEqual(['我们不会弄，好多老人就不坐车了', '希望还能用实体卡刷']);
  });

  it('keeps pieces that only tell as one text', () => {
    const reading = readSplit(held(['菜市场搬走了', '现在买菜要坐两站公交']), '说完了', true);
    expect(reading.hold ? [] : reading.texts).toEqual(['菜市场搬走了，现在买菜要坐两站公交']);
  });
});
