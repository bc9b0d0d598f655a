import { describe, expect, it } from 'vitest';
import { isCancel } from '../src/conversation/dialog/escapes.ts';

describe('giving up a report in the member’s words', () => {
  it.each([
    '哎呀算了 我儿子说这个事他找社区问过了 已经在弄了 不反映了 麻烦你了',
    '我突然想起来这个上次老周已经报过了 /cancel',
    '这个问题其实挺大的，我还是准备写成提案吧，这里先不报了',
  ])('%s', (text) => {
    expect(isCancel(text)).toBe(true);
  });

  it('is not read into a story that only mentions the command', () => {
    expect(isCancel('小区门口的/cancel按钮坏了')).toBe(false);
    expect(isCancel('这里的路灯不亮了')).toBe(false);
  });
});
