import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSections } from '../src/knowledge/chunker.ts';
import { splitSections } from '../src/knowledge/headings.ts';
import { defaultCleaningRules, normalizeDocument } from '../src/knowledge/normalize/index.ts';

const REPORTS = path.join(import.meta.dirname, '..', 'knowledge', 'reports');

function sectionsOf(city: string) {
  const file = readdirSync(REPORTS).find((name) => name.includes(city))!;
  return splitSections(normalizeDocument(readFileSync(path.join(REPORTS, file), 'utf8'), defaultCleaningRules()));
}
const paths = (city: string) => sectionsOf(city).map((s) => s.headings.join(' › '));
const chunkWith = (city: string, text: string) => chunkSections(sectionsOf(city)).find((c) => c.text.includes(text));

describe('heading paths in the seed reports', () => {
  it('nests a lead phrase under the 十堰 standalone heading', () => {
    expect(chunkWith('十堰', '提案工作全过程闭环管理')?.section).toBe('立足履职为民,促进民生事业改善 › 提升提案工作实效');
    expect(chunkWith('十堰', '请示报告16次')?.section).toBe('深化理论武装,持续强化政治建设 › 全面加强党的领导');
    expect(paths('十堰')).toContain('突出质量导向,聚焦中心献计出力 › 围绕绿色低碳发展协商议政');
  });

  it('keeps parallel headings after body text under the parent of the first, with the year set above them', () => {
    const sections = splitSections(
      normalizeDocument(
        '某市政协工作报告\n回顾\n全年做了许多工作。\n展望\n2025\n工作要点\n抓好学习 在思想建设上下功夫\n组织委员集中学习。\n抓好调研 在建言资政上出实招\n组织专题调研。\n做好宣传,讲好政协故事\n开办专栏。',
        defaultCleaningRules(),
      ),
    ).map((s) => s.headings.join(' › '));
    expect(sections).toContain('展望 › 2025年工作要点 › 抓好学习 在思想建设上下功夫');
    expect(sections).toContain('展望 › 2025年工作要点 › 抓好调研 在建言资政上出实招');
    // Built differently (a comma where the others have a space): not one of them.
    expect(sections).toContain('做好宣传,讲好政协故事');
  });

  it('reads the 武汉 ■ and ● levels, the ● heading ending at the first full stop', () => {
    expect(paths('武汉')).toContain('坚持履职为民,促进保障和改善民生 › 助推民生实事科学决策');
    expect(chunkWith('武汉', '党组会议26次')?.section).toBe('站稳政治立场,坚定扛牢政治担当 › 始终坚持党的全面领导');
    // The heading sentence stays in the body too.
    const section = sectionsOf('武汉').find((s) => s.headings.at(-1) === '始终坚持党的全面领导')!;
    expect(section.paragraphs[0]).toMatch(/^始终坚持党的全面领导。健全落实/u);
  });

  it('reads the 廊坊 一、 and (一) levels under their part headings', () => {
    expect(chunkWith('廊坊', '请示报告59次')?.section).toBe('工作回顾 › 一、把准政治方向,凝心聚力筑根基');
    expect(chunkWith('廊坊', '提案办理282件')?.section).toBe('工作回顾 › 三、紧扣中心履职,服务大局添助力');
    expect(paths('廊坊')).toContain('2024年工作安排 › (一)坚持以党的创新理论引领前进方向');
  });

  it('reads the 常熟 一、 headings under 工作回顾 and 工作建议', () => {
    expect(paths('常熟')).toContain('2024年工作回顾 › 一、以理论武装筑牢思想根基,坚持党的领导、加强党的建设更加旗帜鲜明');
    expect(chunkWith('常熟', '立案提案261件')?.section).toBe('2024年工作回顾 › 三、以为民履职维护和谐稳定,深入基层、联系群众更加用心用情');
    expect(paths('常熟')).toContain('新一年政协工作建议 › 一、着力在铸牢政协之魂、把稳思想之舵上务实功见实效');
  });

  it('nests consecutive standalone headings and ignores a lead phrase that does not repeat', () => {
    expect(chunkWith('许昌', '党组专题学习21次')?.section).toBe('旗帜鲜明讲政治 › 把牢工作“方向舵”');
    expect(chunkWith('许昌', '1021篇')?.section).toBe('围绕中心促发展 › 彰显协商“大作为” › 在联系服务群众中释民惑');
  });

  it('keeps the title and author out of every heading path', () => {
    for (const city of ['十堰', '廊坊', '常熟', '武汉', '许昌']) {
      const sections = sectionsOf(city);
      for (const p of paths(city)) expect(p).not.toMatch(/沈晓东|李 波|工作报告|履职答卷|进行时/u);
      expect(sections[0]!.headings).toEqual([]);
    }
    expect(sectionsOf('常熟')[0]!.paragraphs).toEqual(['市政协十五届委员会常务委员会工作报告 (摘要)——在政协常熟市第十五届委员会第四次会议上', '沈晓东']);
  });
});

describe('heading styles', () => {
  it('nests 一、 › (一) › 1. and lets a new heading replace those at its level or below', () => {
    const sections = splitSections('一、总体情况\n(一)调研工作\n1.专题调研。全年开展专题调研12次。\n（二）协商工作\n协商正文。\n二、下一步');
    expect(sections.map((s) => s.headings)).toEqual([
      ['一、总体情况', '(一)调研工作', '1.专题调研'],
      ['一、总体情况', '（二）协商工作'],
    ]);
    expect(sections[0]!.paragraphs).toEqual(['专题调研。全年开展专题调研12次。']);
  });

  it('keeps short numbered list items as body text', () => {
    const sections = splitSections('第六条 会议通知可以发送给以下对象：\n（一）全体委员；\n（二）指定的若干名委员。');
    expect(sections).toEqual([{ headings: [], paragraphs: ['第六条 会议通知可以发送给以下对象：', '（一）全体委员；', '（二）指定的若干名委员。'] }]);
  });

  it('uses Markdown heading marks from the loader as levels', () => {
    const sections = splitSections('# 办法\n## 模板说明\n本文件是模板。\n## 一、总则\n第一条 为规范工作，制定本办法。\n### 细则\n第二条 内容。');
    expect(sections.map((s) => s.headings.join(' › '))).toEqual(['', '模板说明', '一、总则', '一、总则 › 细则']);
    expect(sections[0]!.paragraphs).toEqual(['办法']);
  });
});
