import { describe } from 'vitest';
import { attend, leave, table } from './support/reply-readings.ts';

describe('a part of the day said with the leave is its reason', () => {
  table([
    ['周五上午有课走不开，请假', leave('周五上午有课走不开')],
    ['那天有个手术要做，去不了', leave('那天有个手术要做')],
    ['实在抱歉，那天上午有庭要开，改不了', leave('那天上午有庭要开，改不了')],
  ]);
});

describe('coming, said by the day or the hour', () => {
  table([
    ['5号可以的', attend()],
    ['会前10分钟到', attend()],
    ['去呗', attend()],
    ['能来，大概两点五十到', attend('大概两点五十到')],
  ]);
});

describe('Wu speech', () => {
  table([['伊日要去苏州，弗来了', leave('那天要去苏州')]]);
});
