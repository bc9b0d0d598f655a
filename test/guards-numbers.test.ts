import { describe, expect, it } from 'vitest';
import { inventedNumbers } from '../src/answering/number-guard.ts';
import type { Passage } from '../src/answering/types.ts';

function passage(text: string, title = '市政协常务委员会工作报告', section = '加强自身建设'): Passage {
  return {
    chunk: { id: 1, docId: 'reports/a.docx', ordinal: 0, section, text },
    doc: { id: 'reports/a.docx', title, kind: 'report' },
    score: 1,
  };
}

const meetings = [passage('全年召开党组会议26次，组织委员视察1,200人次，提案办复率达到99.5%。')];

describe('an answer keeps to the figures of its passages', () => {
  it('passes figures the passages hold, whatever is written after them', () => {
    expect(inventedNumbers('全年召开党组会议26次[1]。', meetings)).toEqual([]);
    expect(inventedNumbers('办复率达到99.5%，视察1200人次[1]。', meetings)).toEqual([]);
  });

  it('reports a figure the passages do not hold', () => {
    expect(inventedNumbers('全年召开党组会议30次[1]。', meetings)).toEqual(['30']);
    expect(inventedNumbers('办复率达到98%[1]。', meetings)).toEqual(['98%']);
  });

  it('does not take a longer or shorter number for the one in the passage', () => {
    expect(inventedNumbers('召开会议2026次', meetings)).toEqual(['2026']);
    expect(inventedNumbers('召开会议6次', meetings)).toEqual(['6']);
  });

  it('ignores citation markers, however they are written', () => {
    expect(inventedNumbers('召开党组会议26次[1][3]，另见[2，4]。', meetings)).toEqual([]);
  });

  it('reads full-width digits as ordinary ones', () => {
    expect(inventedNumbers('召开党组会议２６次［1］', meetings)).toEqual([]);
    expect(inventedNumbers('办复率９９．５％', meetings)).toEqual([]);
    expect(inventedNumbers('召开党组会议３０次', meetings)).toEqual(['30']);
  });

  it('compares Chinese numerals in the answer with digits in the passage, and back', () => {
    expect(inventedNumbers('全年召开党组会议二十六次。', meetings)).toEqual([]);
    expect(inventedNumbers('全年召开党组会议三十次。', meetings)).toEqual(['三十']);
    expect(inventedNumbers('开展协商12次', [passage('全年开展协商十二次')])).toEqual([]);
    expect(inventedNumbers('开展协商一百零五场', [passage('开展协商105场')])).toEqual([]);
  });

  it('reads 万 and 亿 as part of the amount', () => {
    const olives = [passage('油橄榄种植面积达到10万亩，产值1.2亿元。')];
    expect(inventedNumbers('种植面积十万亩，产值1.2亿元[1]', olives)).toEqual([]);
    expect(inventedNumbers('种植面积100000亩', olives)).toEqual([]);
    expect(inventedNumbers('种植面积二十万亩', olives)).toEqual(['二十万']);
    expect(inventedNumbers('产值12000万元', olives)).toEqual([]);
  });

  it('reads percentages written in words', () => {
    expect(inventedNumbers('增长百分之二十六', [passage('同比增长26%')])).toEqual([]);
    expect(inventedNumbers('增长百分之三十', [passage('同比增长26%')])).toEqual(['百分之三十']);
  });

  it('accepts years and terms written in Chinese in the passage', () => {
    const term = [passage('二〇二四年，十四届市政协第三次会议召开。')];
    expect(inventedNumbers('2024年召开了14届市政协第3次会议', term)).toEqual([]);
  });

  it('takes figures from the title and section the model was shown', () => {
    const report = [passage('全年召开党组会议26次。', '2024年市政协工作报告', '一、2024年工作回顾')];
    expect(inventedNumbers('2024年召开党组会议26次[1]', report)).toEqual([]);
  });

  it('does not mistake words built from numerals for quantities', () => {
    const text = [passage('推进一线协商，服务千家万户。')];
    expect(inventedNumbers('一年来，市政协推进一线协商，服务千家万户，完成一项重要工作[1]。', text)).toEqual([]);
    expect(inventedNumbers('落实“十四五”规划，开好两会', text)).toEqual([]);
  });

  it('still catches a small quantity written in words', () => {
    expect(inventedNumbers('组织三次视察', meetings)).toEqual(['三']);
    expect(inventedNumbers('召开两次会议', meetings)).toEqual(['两']);
  });

  it('reports each invented figure once, in order', () => {
    expect(inventedNumbers('召开30次，又召开30次，视察5次', meetings)).toEqual(['30', '5']);
  });
});
