import { describe, expect, it } from 'vitest';
import { questionIn } from '../src/notices/chat/notice-questions.ts';
import { readReply } from '../src/notices/chat/read-reply.ts';

describe('a notice acknowledged with the speaker said', () => {
  it.each(['我知道了', '阿拉晓得了'])('%s is asked about', (text) => {
    expect(readReply(text)).toEqual({ kind: 'unclear' });
  });
});

describe('a day already full, or the member elsewhere that day', () => {
  it.each<[string, string]>([
    ['周四下午门诊排满了', '门诊排满了'],
    ['5号我人在深圳 招商', '在深圳'],
  ])('%s is a leave', (text, reason) => {
    expect(readReply(text)).toMatchObject({ kind: 'leave', reason: expect.stringContaining(reason) });
  });
});

describe('情假 as voice input gives 请假', () => {
  it('is a leave with its reason', () => {
    expect(readReply('情假 单位有检查')).toEqual({ kind: 'leave', reason: '单位有检查' });
  });
});

describe('a question about a meeting pointed at by what its notice says', () => {
  it('asks about what follows the pointer, not the pointer', () => {
    expect(questionIn('要穿正装那个会几点开始来着')).toBe('time');
    expect(questionIn('协商会那个要穿正装吗')).toBe('dress');
  });
});
