import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { silentLogger } from '../src/log.ts';
import { asksToWait, withoutResuming } from '../src/opinions/dialog/remarks.ts';
import { moreDigits, startedNumber } from '../src/opinions/dialog/split-messages.ts';
import { readPreviewEdit } from '../src/opinions/dialog/preview-edits.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

/** Reports whose telling changes course: a pause and a return, a name or a suggestion said again, a covering note. */

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `change-course-${++members}`, '夕阳红');

async function submitted(driver: ChatDriver) {
  return (await app.storage.opinions.get(receiptNumber(await driver.say('确认提交'))))?.fields;
}

describe('called away, and back', () => {
  it.each(['先不说了 外孙放学了 我去接一下 回来再说', '等我一下 有病人来了', '今天太晚了 明天再接着写'])('waits for "%s"', (text) => {
    expect(asksToWait(text)).toBe(true);
  });

  it('does not wait when the story goes on beside a later', () => {
    expect(asksToWait('晚上路灯不亮 明天再说')).toBe(false);
  });

  it('keeps a story that begins with coming back', () => {
    expect(withoutResuming('我回来了，发现小区门口堆满垃圾')).toBe('我回来了，发现小区门口堆满垃圾');
    expect(withoutResuming('回来了')).toBe('');
  });

  it.each([
    ['回来了 接着说 我们住的是纺织厂宿舍', '我们住的是纺织厂宿舍'],
    ['好了 刚才说到药店 现在县里的定点药店能刷医保卡', '现在县里的定点药店能刷医保卡'],
    ['我接着昨天的说 体育场馆放学后都锁着', '体育场馆放学后都锁着'],
  ])('goes on after "%s"', (text, story) => {
    expect(withoutResuming(text)).toBe(story);
  });

  it('keeps the pieces told, and nothing of the pause, when the member writes in fragments', async () => {
    const yang = member();
    await yang.say('我想反映社情民意');
    await yang.say('我们那个老小区');
    await yang.say('没有电梯');
    expect(await yang.say('先不说了 外孙放学了 我去接一下 回来再说')).toContain('回来接着说');
    await yang.say('回来了 接着说 一共六栋楼 都是七层 住的大多是七八十岁的退休职工 爬楼很困难');
    await yang.say('建议把我们小区列入老旧小区改造计划 加装电梯');
    await yang.say('杨淑珍 民革 13986651327 同意署名');
    const fields = await submitted(yang);
    expect(fields?.situation).toContain('一共六栋楼');
    expect(`${fields?.situation}${fields?.suggestion}`).not.toMatch(/放学|回来再说|接着说/u);
  });
});

describe('the reporter\'s name put right', () => {
  const draft = { name: '刘海洋', situation: '急诊科夜里醉酒闹事多', suggestion: '建议设立警务室', title: '关于急诊科设立警务室的建议' };

  it('changes the part said wrong and keeps the rest', () => {
    expect(readCorrection('名字打错了 不是海洋 是海阳 太阳的阳', undefined, draft)).toEqual([{ field: 'name', value: '刘海阳' }]);
  });

  it('takes the whole name said again with its surname', () => {
    expect(readPreviewEdit({ ...draft, name: '张明新' }, '刚才名字打错了 是张铭新 金字旁的铭')?.name).toBe('张铭新');
  });
});

describe('a suggestion said again', () => {
  it('replaces the one given, and the title made of it', async () => {
    const ou = member();
    await ou.say('我想反映社情民意 我们市的非遗传承人普遍年纪大了 带徒弟没有补贴 年轻人学了也没有收入');
    await ou.say('建议文旅局给每个传承人每年发五千块补贴');
    await ou.say('刚才那个建议不要了 换一下 建议文旅局按带徒人数给传承人发传承补贴');
    await ou.say('文艺界 欧阳明 13872650381 可以署名');
    const fields = await submitted(ou);
    expect(fields?.suggestion).toContain('按带徒人数');
    expect(`${fields?.suggestion}${fields?.title}`).not.toMatch(/五千块|不要了/u);
  });
});

describe('what the story is to become, said with it', () => {
  it.each([
    '这个事体我想作为社情民意报上去 建议卫健委扩充公立医院康复床位',
    '所以我想把这个作为社情民意报上去 建议卫健委扩充公立医院康复床位',
    '能的话就报 建议卫健委扩充公立医院康复床位',
  ])('is no part of it: %s', (text) => {
    const fields = extractFields(`康复科排队要排两个月 私人康复机构一个月八九千\n${text}`);
    expect(`${fields.situation}${fields.suggestion}`).not.toMatch(/作为社情民意|能的话/u);
    expect(fields.suggestion).toContain('扩充公立医院康复床位');
  });
});

describe('consent as voice input and 吴语 give it', () => {
  it.each([
    ['书名可以', true],
    ['可以署名个', true],
    ['不书名', false],
    ['署名没关系格', true],
  ] as const)('reads "%s"', (text, signed) => {
    expect(readConsent(text)).toBe(signed);
  });
});

describe('giving up in 湖北话', () => {
  it('cancels on 莫搞了', () => {
    expect(isCancel('哎 莫搞了 打字太费劲 等我明天去政协当面说')).toBe(true);
    expect(isCancel('他们说莫急，慢慢来')).toBe(false);
  });
});

describe('a covering note above a pasted report', () => {
  it('signs it with the writer it introduces', () => {
    const fields = extractFields('王秘书您好 辛苦了 我是民建的杨青 下面是我写的一个社情民意 麻烦看看\n关于解决城区学校上放学时段接送车辆拥堵的建议\n每天早上7:20到7:50，城区第三中学门口的解放路双向堵死，附近居民出行受影响。\n建议：交警在上放学时段实行临时限停。');
    expect(fields).toMatchObject({ name: '杨青', sector: '民建', title: '关于解决城区学校上放学时段接送车辆拥堵的建议' });
    expect(`${fields.situation}${fields.suggestion}`).not.toMatch(/杨青|王秘书/u);
  });
});

describe('a phone read out in Chinese numerals over two bubbles', () => {
  it('holds the digits begun and takes the rest', () => {
    expect(startedNumber('我叫邱文涛 民进的 电话幺三九')).toBe('139');
    expect(moreDigits('幺二七六 四四零三')).toBe('12764403');
  });
});
