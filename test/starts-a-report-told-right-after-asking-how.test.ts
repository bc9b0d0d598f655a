import { describe, expect, it } from 'vitest';
import { readIntent } from '../src/opinions/dialog/intents.ts';

describe('told how to report, the member goes on to tell it', () => {
  it('starts the report with what follows 那我直接说', () => {
    expect(readIntent('好的那我直接说吧：青山区那个菜场门口的下水道堵了半个月，污水漫到路上')).toEqual({
      kind: 'start',
      rest: '青山区那个菜场门口的下水道堵了半个月，污水漫到路上',
    });
  });

  it('is no start when what follows is a question', () => {
    expect(readIntent('那我直接说，是不是要先写标题再写情况？').kind).not.toBe('start');
  });
});
