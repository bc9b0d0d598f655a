import { describe, expect, it } from 'vitest';
import { figureRetold } from '../src/opinions/dialog/figure-retold.ts';

describe('a figure told again when the draft holds several of its measure', () => {
  it('changes the one whose words the member repeats', () => {
    const story = { situation: '2008年的电梯，今年已经困人8回了，有一回困了一个孕妇四十多分钟。' };
    expect(figureRetold(story, '困人次数写错了，是9回，昨天又困了一次')?.situation).toBe('2008年的电梯，今年已经困人9回了，有一回困了一个孕妇四十多分钟。');
  });

  it('changes the one whose old value the member names', () => {
    const story = { situation: '在岗村医31人，平均年龄48岁，60岁以上的有9个' };
    expect(figureRetold(story, '平均年龄写错了 是58岁 我打成48了')?.situation).toBe('在岗村医31人，平均年龄58岁，60岁以上的有9个');
  });

  it('changes the figure said last when nothing else tells them apart', () => {
    const draft = { situation: '血液透析中心只有24台机器', suggestion: '建议建一个血透分中心，配10台机器' };
    expect(figureRetold(draft, '不对，15台吧，我刚问了科主任')).toEqual({ ...draft, suggestion: '建议建一个血透分中心，配15台机器' });
  });

  it('leaves two figures of one field alone when nothing tells them apart', () => {
    expect(figureRetold({ situation: '东区住了300户，西区住了200户' }, '不对，是250户')).toBeNull();
  });
});
