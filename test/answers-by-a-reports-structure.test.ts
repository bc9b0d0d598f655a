import { describe, expect, it } from 'vitest';
import { trimToClauses } from '../src/answering/clauses.ts';
import { ordinalAsked, withoutOrdinal } from '../src/answering/ordinal.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { term } from './support/answering.ts';

describe('a question about the order of a report’s parts', () => {
  it('reads which part is asked for, and a count the member states', () => {
    expect(ordinalAsked('武汉那份报告第二大块讲的是什么')).toMatchObject({ n: 2, unit: '大块' });
    expect(ordinalAsked('工作安排一共几条，第一条是坚持以什么')).toMatchObject({ n: 1, unit: '条' });
    expect(ordinalAsked('那四个深刻把握，第一个是把握什么')).toMatchObject({ n: 1, count: 4 });
    expect(ordinalAsked('好几个强化，头一个是什么')).toMatchObject({ n: 1 });
  });

  it('leaves a first time and a numbered meeting alone', () => {
    expect(ordinalAsked('武汉政协第一次召开专家协商会议是什么主题')).toBeUndefined();
    expect(ordinalAsked('许昌政协智库第七次会议是什么主题')).toBeUndefined();
    expect(withoutOrdinal('智库第七次会议是什么主题')).toBe('智库第七次会议是什么主题');
  });
});

describe('a question that asks which ones', () => {
  it('is no count', () => {
    expect(shapeOf('请示报告制度要做到哪几个报告').units).toEqual([]);
  });
});

describe('trimming a long report sentence', () => {
  it('keeps a clause opening with 同时 with the one it adds to', () => {
    const sentence = `${'围绕城际铁路联络线开展调研,'.repeat(6)}被列为72件重点提案之一,同时纳入10件主席督办件之一,北京市政府给出了圆满答复。`;
    const answer = trimToClauses(sentence, [term('重点提案')], shapeOf('被列成了什么'), 60);
    expect(answer).toContain('同时纳入10件主席督办件之一');
  });
});
