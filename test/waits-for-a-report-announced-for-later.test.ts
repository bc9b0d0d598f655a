import { describe, expect, it } from 'vitest';
import { announcesReportLater } from '../src/opinions/intake/report-later.ts';

describe('a report announced for later', () => {
  it.each([
    '有个事想反映一下，不过我在路上，晚点回家再详细说',
    '我想报个社情民意，材料还要问清楚了再发',
    '我有个关于校车的情况要反映，人数还得去学校核实一下，过几天再来报',
  ])('%s', (text) => {
    expect(announcesReportLater(text)).toBe(true);
  });

  it('is no announcement when the story is told and only more is promised', () => {
    expect(
      announcesReportLater(
        '我想反映社情民意，城西菜市场门口的下水道堵了半个月，污水漫到人行道上，附近三个小区的居民天天绕着走，摊主的生意也受影响，照片晚点再发',
      ),
    ).toBe(false);
    expect(announcesReportLater('我想反映社情民意')).toBe(false);
  });
});
