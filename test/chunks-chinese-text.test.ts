import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSections, splitSentences } from '../src/knowledge/chunker.ts';
import { splitSections } from '../src/knowledge/headings.ts';
import { defaultCleaningRules, normalizeDocument } from '../src/knowledge/normalize/index.ts';
import type { Section } from '../src/knowledge/types.ts';

const REPORTS = path.join(import.meta.dirname, '..', 'knowledge', 'reports');
const seedSections: Section[][] = readdirSync(REPORTS).map((file) =>
  splitSections(normalizeDocument(readFileSync(path.join(REPORTS, file), 'utf8'), defaultCleaningRules())),
);
const flat = (text: string) => text.replace(/\n/gu, '');

describe('splitting Chinese sentences', () => {
  it('splits at 。！？； and keeps the punctuation', () => {
    expect(splitSentences('第一句。第二句！第三句？第四句；没有句号的尾巴')).toEqual(['第一句。', '第二句！', '第三句？', '第四句；', '没有句号的尾巴']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('书记批示“这些好成果要转化。”市政府迅速分解交办。')).toEqual(['书记批示“这些好成果要转化。”', '市政府迅速分解交办。']);
  });

  it('splits at ASCII ? ! ; only after Chinese text, and never inside numbers', () => {
    expect(splitSentences('干了什么?怎么干的?推动修编;驻深圳专班签约。')).toEqual(['干了什么?', '怎么干的?', '推动修编;', '驻深圳专班签约。']);
    expect(splitSentences('民生类提案占比57.37%,共收到1021篇。')).toEqual(['民生类提案占比57.37%,共收到1021篇。']);
  });

  it('treats a line break as a sentence boundary', () => {
    expect(splitSentences('工作回顾\n全年立案261件。')).toEqual(['工作回顾', '全年立案261件。']);
  });
});

describe('packing sentences into chunks', () => {
  it('keeps chunks within the target unless one sentence is longer, and never beyond the maximum', () => {
    for (const options of [{}, { targetChars: 120, maxChars: 200 }]) {
      const target = options.targetChars ?? 300;
      const max = options.maxChars ?? 600;
      for (const sections of seedSections) {
        for (const chunk of chunkSections(sections, options)) {
          expect(chunk.text.length).toBeLessThanOrEqual(max);
          if (splitSentences(chunk.text).length > 1) expect(chunk.text.length).toBeLessThanOrEqual(target);
        }
      }
    }
  });

  it('never lets a chunk span two sections', () => {
    for (const sections of seedSections) {
      const together = chunkSections(sections);
      const apart = sections.flatMap((section) => chunkSections([section]));
      expect(together).toEqual(apart);
      sections.forEach((section) => {
        for (const chunk of chunkSections([section])) expect(chunk.section).toBe(section.headings.join(' › '));
      });
    }
  });

  it('puts every sentence of the input in exactly one chunk, in order', () => {
    for (const sections of seedSections) {
      for (const section of sections) {
        const chunks = chunkSections([section], { targetChars: 150 });
        expect(chunks.map((c) => flat(c.text)).join('')).toBe(section.paragraphs.join(''));
        const sentences = section.paragraphs.flatMap(splitSentences);
        expect(chunks.flatMap((c) => splitSentences(c.text))).toEqual(sentences);
      }
    }
  });

  it('cuts an over-long sentence at commas only when it exceeds the maximum', () => {
    const clause = '组织委员深入基层开展专题调研和协商议政活动,';
    const long = `${clause.repeat(40)}形成报告。`;
    const chunks = chunkSections([{ headings: ['一、调研'], paragraphs: [long] }], { targetChars: 300, maxChars: 600 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(600);
    expect(chunks.slice(0, -1).every((c) => c.text.endsWith(','))).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(long);

    const medium = `${clause.repeat(15)}形成报告。`;
    expect(chunkSections([{ headings: [], paragraphs: [medium] }])).toEqual([{ section: '', text: medium }]);
  });

  it('joins heading levels with › and keeps paragraphs on their own lines', () => {
    const chunks = chunkSections([{ headings: ['立足履职为民', '提升提案工作实效'], paragraphs: ['第一段。', '第二段。'] }]);
    expect(chunks).toEqual([{ section: '立足履职为民 › 提升提案工作实效', text: '第一段。\n第二段。' }]);
  });
});
