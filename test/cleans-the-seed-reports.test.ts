import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { defaultCleaningRules, loadCleaningRules, normalizeDocument, normalizeQuery } from '../src/knowledge/normalize/index.ts';

const REPORTS = path.join(import.meta.dirname, '..', 'knowledge', 'reports');
const RULES_FILE = path.join(import.meta.dirname, '..', 'knowledge', 'cleaning-rules.json');
const rules = loadCleaningRules(RULES_FILE);

function raw(city: string): string {
  const file = readdirSync(REPORTS).find((name) => name.includes(city));
  if (!file) throw new Error(`no seed report for ${city}`);
  return readFileSync(path.join(REPORTS, file), 'utf8');
}
const clean = (city: string) => normalizeDocument(raw(city), rules);

describe('cleaning the seed reports', () => {
  it('turns the 廊坊 report into Simplified Chinese without pinyin readings', () => {
    const text = clean('廊坊');
    expect(text).not.toMatch(/[(（]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\s*[)）]/u);
    for (const traditional of ['會', '議', '報', '協', '國', '屆', '員', '黨', '務']) expect(text).not.toContain(traditional);
    // Nothing left that a Traditional→Simplified pass would still change.
    expect(OpenCC.Converter({ from: 't', to: 'cn' })(text)).toBe(text);
    expect(text).toContain('中国人民政治协商会议廊坊市第八届委员会常务委员会工作报告(摘要)');
    expect(text).toContain('(一)坚持以党的创新理论引领前进方向');
    expect(text).toContain('亦庄');
  });

  it('removes the injected 金年会 spam and the metadata block from the 许昌 report', () => {
    const text = clean('许昌');
    for (const spam of ['金年会', 'jinnian', '金子招牌']) expect(text).not.toContain(spam);
    for (const meta of ['发布时间', '发布者', '来源', '阅读量', '编辑:', '校对', '责编', '终审']) expect(text).not.toContain(meta);
    expect(text.split('\n')[0]).toBe('砥砺奋进书写履职答卷');
    expect(text).toContain('全年共收到社情民意信息1021篇,报送230篇');
    expect(text).toContain('市领导批示11篇。\n');
  });

  it('rejoins the lines the 十堰 report breaks mid-sentence and keeps its headings apart', () => {
    const text = clean('十堰');
    const lines = text.split('\n');
    expect(text).toContain('深学笃悟中共二十大精神和习近平');
    expect(text).toContain('融资难、融资贵”等20个');
    expect(text).toContain('政协委员参加视察');
    expect(text).toContain('创一流、争第一');
    expect(text).toContain('《幸福家园共同缔造——湖北十堰市政协推进一线协商小记》');
    expect(lines).toContain('深化理论武装,持续强化政治建设');
    expect(lines).toContain('立足履职为民,促进民生事业改善');
    expect(lines[0]).toBe('坚持创新赋能履职 助力经济社会发展');
    expect(lines[1]).toBe('——市政协常委会工作报告解读');
  });

  it('drops the 常熟 page debris and the repeated title', () => {
    const text = clean('常熟');
    for (const debris of ['i常熟', '常熟发布', '202501/0710:10', '常熟新闻网', '责任编辑', '010020020110000000000000011100001129931267']) {
      expect(text).not.toContain(debris);
    }
    const title = '市政协十五届委员会常务委员会工作报告 (摘要)——在政协常熟市第十五届委员会第四次会议上';
    expect(text.split('\n')[0]).toBe(title);
    expect(text.split(title)).toHaveLength(2);
  });

  it('keeps the facts of every report', () => {
    const all = ['武汉', '十堰', '许昌', '常熟', '廊坊'].map(clean).join('\n');
    for (const fact of ['26次', '16次', '1021篇', '230篇', '261件', '97件', '59次', '282件', '57.37%', '亦庄']) expect(all).toContain(fact);
  });

  it('keeps every full sentence of every report', () => {
    const simplify: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const city of ['武汉', '十堰', '许昌', '常熟', '廊坊']) {
      const text = clean(city).replace(/\n/gu, '');
      const source = simplify(raw(city).replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu, ''));
      const sentences = source
        .split('\n')
        .flatMap((line) => line.match(/[^。]+。/gu) ?? [])
        .map((s) => s.replace(/金年会|^[-\s]+/gu, '').trim());
      expect(sentences.length).toBeGreaterThan(10);
      for (const sentence of sentences) expect(text).toContain(sentence);
    }
  });

  it('gives one paragraph or heading per line, trimmed, with no blank lines', () => {
    for (const city of ['武汉', '十堰', '许昌', '常熟', '廊坊']) {
      for (const line of clean(city).split('\n')) {
        expect(line).not.toBe('');
        expect(line).toBe(line.trim());
      }
    }
  });
});

describe('character-level cleaning', () => {
  it('unifies full-width letters and digits but keeps Chinese punctuation', () => {
    expect(normalizeQuery('２０２４年ＡＢＣ政协，提案５．２％？')).toBe('2024年ABC政协，提案5.2%？');
    expect(normalizeDocument('全年立案提案２６１件,其中民生类提案９７件。', rules)).toBe('全年立案提案261件,其中民生类提案97件。');
  });

  it('converts a Traditional question to Simplified and strips its pinyin', () => {
    expect(normalizeQuery('廊坊市政協會(huì)議提案辦理了多少件？')).toBe('廊坊市政协会议提案办理了多少件？');
    expect(normalizeQuery('  常熟\t立案\n\n提案  ')).toBe('常熟 立案 提案');
  });

  it('removes pinyin in either kind of bracket but keeps real brackets', () => {
    expect(normalizeQuery('會（huì）議(yì)')).toBe('会议');
    expect(normalizeQuery('报告(摘要)、(一)、县(市、区)、智能(AI)、标签(tag)')).toBe('报告(摘要)、(一)、县(市、区)、智能(AI)、标签(tag)');
  });

  it('strips control and zero-width characters', () => {
    expect(normalizeQuery('\ufeff提\u200b案\u0007数\u00a0量')).toBe('提案数 量');
  });
});

describe('general debris heuristics', () => {
  const none = { dropLinePatterns: [], spamPhrases: [] };

  it('drops lines that are mostly ASCII or digits but keeps English sentences', () => {
    const text = normalizeDocument('标题\n正文第一段。\nhttp://example.com/a?b=1\n2024\nICP备12345678号-1\nThis line is an English sentence.', none);
    expect(text).toBe('标题\n正文第一段。\nThis line is an English sentence.');
  });

  it('strips a site suffix from the title and drops its later copy', () => {
    expect(normalizeDocument('某市政协工作报告_某某新闻网-本地新闻\n某市政协工作报告\n正文。', none)).toBe('某市政协工作报告\n正文。');
  });

  it('finds an inserted brand without a configured phrase', () => {
    const text = normalizeDocument('haoyun好运来:某市政协履职综述\n第一段讲提案工作。好运来\n好运来(官方)\n第二段讲调研。', none);
    expect(text).toBe('某市政协履职综述\n第一段讲提案工作。\n第二段讲调研。');
    // A short tail seen once is the start of a broken sentence, not a brand.
    expect(normalizeDocument('标题\n会同有关部门推进。市科技局\n\n将企业纳入培育库。', none)).toBe('标题\n会同有关部门推进。市科技局将企业纳入培育库。');
  });

  it('does not glue a heading to the paragraph after it', () => {
    const text = normalizeDocument('一、总体情况\n\n全年开展调研,形成报告十二篇,提出意见建议,得到市委主要领导批示肯定\n\n二、下一步打算', none);
    expect(text.split('\n')).toEqual(['一、总体情况', '全年开展调研,形成报告十二篇,提出意见建议,得到市委主要领导批示肯定', '二、下一步打算']);
  });
});

describe('cleaning rules', () => {
  it('ships a rules file that holds at least the built-in defaults', () => {
    const defaults = defaultCleaningRules();
    expect(rules.dropLinePatterns).toEqual(expect.arrayContaining(defaults.dropLinePatterns));
    expect(rules.spamPhrases).toEqual(expect.arrayContaining(defaults.spamPhrases));
  });

  it('applies patterns and phrases a committee adds', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rules-'));
    const file = path.join(dir, 'cleaning-rules.json');
    writeFileSync(file, JSON.stringify({ dropLinePatterns: ['^扫码关注'], spamPhrases: ['某某彩票'] }));
    const custom = loadCleaningRules(file);
    expect(normalizeDocument('标题\n扫码关注我们\n正文某某彩票内容。', custom)).toBe('标题\n正文内容。');
  });

  it('rejects an invalid rules file and names it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rules-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ dropLinePatterns: ['(unclosed'] }));
    expect(() => loadCleaningRules(file)).toThrow(/bad\.json.*dropLinePatterns\.0/u);
    writeFileSync(file, '{ not json');
    expect(() => loadCleaningRules(file)).toThrow(/bad\.json/u);
  });
});
