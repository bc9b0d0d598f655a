import { describe, expect, it } from 'vitest';
import { withoutDecoration } from '../src/opinions/intake/extract.ts';

describe('word on a meeting sent along with the report', () => {
  it('is no part of the suggestion', () => {
    expect(withoutDecoration('建议交通局在路口增设信号灯。顺便跟您说一下，周四的常委会我去不了，要出差。')).toBe('建议交通局在路口增设信号灯。');
  });

  it('keeps a story about a meeting', () => {
    const told = '社区开了三次协调会，物业一次都不来，问题一直没解决。';
    expect(withoutDecoration(told)).toBe(told);
  });
});
