import { describe, expect, it } from 'vitest';
import { withoutDecoration } from '../src/opinions/intake/extract.ts';

describe('建议 as voice input and pinyin write it', () => {
  it('writes 见意 and 建意 as 建议 in what is stored', () => {
    expect(withoutDecoration('我的见意是交通局在路口加装红绿灯')).toBe('我的建议是交通局在路口加装红绿灯');
    expect(withoutDecoration('我建意把公交站往东挪一百米')).toBe('我建议把公交站往东挪一百米');
  });

  it('leaves 意见 followed by 意思 or 意识 alone', () => {
    expect(withoutDecoration('居民有意见意思是没人来管')).toBe('居民有意见意思是没人来管');
  });
});
