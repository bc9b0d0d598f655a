import { describe, expect, it } from 'vitest';
import { isCancel } from '../src/conversation/dialog/escapes.ts';

describe('giving up a report because the matter is settled or already reported', () => {
  it.each([
    '社区刚来电话说路灯明天就修，那这个事就不报了吧',
    '我看到群里老王报过了，那我就不重复报了，谢谢',
    '那这件事先不反映了，等等看再说',
  ])('%s', (text) => {
    expect(isCancel(text)).toBe(true);
  });

  it('is no cancel when only a detail is left out', () => {
    expect(isCancel('我的手机号你们有，就不写了，同意署名')).toBe(false);
    expect(isCancel('名字你们知道的，不写了')).toBe(false);
  });

  it('is still a cancel when the matter concerns the member’s own unit', () => {
    expect(isCancel('我再想想，这个事牵涉我们单位，先不报了')).toBe(true);
  });
});
