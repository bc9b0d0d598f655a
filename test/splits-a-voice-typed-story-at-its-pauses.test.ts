import { describe, expect, it } from 'vitest';
import { splitFreeText } from '../src/opinions/intake/free-text.ts';

describe('a story typed by voice, with spaces for pauses', () => {
  it('starts the suggestion at the pause before it', () => {
    const read = splitFreeText('老街那段路灯坏了快半年 晚上黑乎乎的 上周还有老人摔了 街道应该尽快把路灯修好 再装两个监控');
    expect(read.situation).toBe('老街那段路灯坏了快半年 晚上黑乎乎的 上周还有老人摔了');
    expect(read.suggestion).toBe('街道应该尽快把路灯修好 再装两个监控');
  });

  it('keeps a story with no ask in it whole', () => {
    expect(splitFreeText('老街那段路灯坏了快半年 晚上黑乎乎的 上周还有老人摔了')).toEqual({ situation: '老街那段路灯坏了快半年 晚上黑乎乎的 上周还有老人摔了' });
  });
});
