import { describe, expect, it } from 'vitest';
import { processQuestionsIn } from '../src/opinions/dialog/process-questions.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { composeTitle } from '../src/opinions/intake/free-text.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';
import { isWebDebris } from '../src/opinions/intake/web-debris.ts';

describe('a report copied from a web page or a WeChat article', () => {
  it('leaves the page path, byline, counters and buttons out, the headline as its title', () => {
    const read = extractFields(
      [
        '首页 > 新闻中心 > 社会民生',
        '电动自行车头盔佩戴率低 交通事故伤亡占比高',
        '发布时间：2025-09-03 来源：本地宝 浏览次数：3521',
        '据交警部门统计，今年1至8月全市涉及电动自行车的交通事故312起，死亡的19人中有15人未佩戴头盔。早晚高峰时段，城区电动自行车骑行人员头盔佩戴率不足四成。',
        '责任编辑：小王',
        '【打印】【关闭窗口】',
      ].join('\n'),
    );
    expect(read.title).toBe('电动自行车头盔佩戴率低 交通事故伤亡占比高');
    expect(read.situation).toBe('据交警部门统计，今年1至8月全市涉及电动自行车的交通事故312起，死亡的19人中有15人未佩戴头盔。早晚高峰时段，城区电动自行车骑行人员头盔佩戴率不足四成。');
  });

  it('leaves an article\'s account byline and its follow and share lines out', () => {
    const read = extractFields(
      [
        '关于农村留守儿童近视率快速上升的思考',
        '原创 十堰教育观察 2025-10-12',
        '点击上方蓝字关注我们',
        '近期，我们对房县5所农村小学开展抽样调查，发现学生近视率已达42%。',
        '阅读原文',
        '点赞 在看 分享',
      ].join('\n'),
    );
    const text = `${read.situation ?? ''}${read.suggestion ?? ''}`;
    expect(read.title).toBe('关于农村留守儿童近视率快速上升的思考');
    for (const debris of ['原创', '点击上方', '阅读原文', '点赞']) expect(text).not.toContain(debris);
  });

  it('keeps a story line that only mentions where something came from, and a source line that signs the paper', () => {
    expect(extractFields('来源不明的外卖在校门口卖，孩子吃了拉肚子').situation).toContain('来源不明的外卖');
    expect(isWebDebris('来源：民进十堰市委会 冷雪梅')).toBe(false);
    expect(isWebDebris('来源：十堰教育观察')).toBe(true);
  });
});

describe('a report handed over in the member\'s words', () => {
  it('starts with "帮我把这个报上去" or "想作为社情民意反映" said at the end', () => {
    expect(readStartPhrase('帮我把这个报上去，我从公众号上看到的')).not.toBeNull();
    expect(readStartPhrase('转一段网上看到的，我觉得我们市也存在，想作为社情民意反映')).toEqual({ rest: '' });
    // Courtesies before the wish are no story; who the member is stays for the contact details.
    expect(readStartPhrase('王秘书您好，辛苦了！这么晚还打扰您。上次全会上跟您说过的那个事，我整理了一下，想作为社情民意报上去。')).toEqual({ rest: '' });
    expect(readStartPhrase('我是民盟的徐丽，想作为社情民意反映')).toEqual({ rest: '我是民盟的徐丽' });
  });

  it('starts with a matter in 吴语, "一桩事体"', () => {
    expect(readStartPhrase('侬好 我想反映一桩事体')).toEqual({ rest: '' });
  });
});

describe('what the member says of their telling and asks on the way', () => {
  it('leaves "那我简单说下" out of the story', () => {
    expect(extractFields('哦 那我简单说下。大学生返乡实习没有渠道，我们团市委暑假做了个调查').situation).toBe('大学生返乡实习没有渠道，我们团市委暑假做了个调查');
  });

  it('reads "我觉着好让菜场…" (吴语 好, 最好) as the suggestion', () => {
    const read = extractFields('阿拉小区隔壁有个菜场 早上五点钟就开始卸货 没人管伐\n我觉着好让菜场把卸货时间改到七点以后 环保局来测测噪音');
    expect(read.situation).toBe('阿拉小区隔壁有个菜场 早上五点钟就开始卸货 没人管伐');
    expect(read.suggestion).toContain('把卸货时间改到七点以后');
    expect(read.title ?? '').not.toContain('好让');
  });

  it('answers what happens to a report, asked while telling it, and keeps it out of the story', () => {
    expect(processQuestionsIn('反映了以后谁来处理？会转到卫健委吗')).toEqual({ questions: ['反映了以后谁来处理？', '会转到卫健委吗'], rest: '' });
  });

  it('titles a suggestion led by "俺哩意见是" by the measure itself', () => {
    expect(composeTitle('俺们那学校食堂 娃们吃哩菜都是从老远拉过来哩', '俺哩意见是 教育局给乡里学校食堂配冷藏柜')).toBe('关于教育局给乡里学校食堂配冷藏柜的建议');
  });
});
