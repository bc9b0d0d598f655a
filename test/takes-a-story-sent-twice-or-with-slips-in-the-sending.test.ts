import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { isValidPhone } from '../src/opinions/intake/phone.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `sent-twice-${++members}`, '云淡风轻');
const field = (preview: string, label: string) => preview.split(`【${label}】`)[1]?.split('【')[0] ?? '';

describe('a story sent twice', () => {
  it('is told once when a bubble is sent again, and the apology is no story', async () => {
    const m = member();
    await m.say('我想反映社情民意');
    const story = '红卫街道老旧小区雨污管道混在一起，每次下大雨一楼就倒灌污水，今年倒灌了5次。';
    await m.say(story);
    await m.say(story);
    await m.say('不好意思，刚才发重复了');
    await m.say('建议区住建局把这个小区列入老旧小区改造计划，先做雨污分流。');
    const preview = await m.say('预览');
    expect(field(preview, '情况与问题').split('倒灌了5次').length).toBe(2);
    expect(preview).not.toContain('发重复了');
  });

  it('keeps one copy of a labelled report pasted twice in one message', () => {
    const block = '标题：关于增设农村寄递物流点的建议\n情况：快递只送到镇上，村民取件要跑10多公里。\n建议：在各村便民超市设代收代寄点。';
    const fields = extractFields(`${block}\n\n${block}`);
    expect(fields.situation).toBe('快递只送到镇上，村民取件要跑10多公里。');
  });
});

describe('slips in the sending said beside the story', () => {
  it('leaves out what could not be attached and which matter comes first', () => {
    expect(extractFields('有个视频发不上来，太大了，汽配城门口大货车每天装卸货占了两条车道。').situation).toBe('汽配城门口大货车每天装卸货占了两条车道。');
    expect(extractFields('那我先报一件。镇上到村里的班车一天只有一趟，学生要在镇上等两个多小时。').situation).toBe('镇上到村里的班车一天只有一趟，学生要在镇上等两个多小时。');
  });

  it('takes an office landline with its extension after a second dash', () => {
    expect(isValidPhone('0719-8652301-206')).toBe(true);
  });

  it('reads putting it off to find out more first as giving it up for now', () => {
    expect(isCancel('算了，我先问问村里是怎么回事，弄清楚再说')).toBe(true);
  });
});
