import { describe } from 'vitest';
import { attend, leave, table, unclear } from './support/reply-readings.ts';

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

describe('a leave that is not the member’s answer', () => {
  table([
    // Someone else urged it; the member decides otherwise.
    ['我妈让我请假陪她去医院，想了想还是来开会，医院改到下午', attend()],
    ['请假吧，算了算了还是来', attend()],
    ['没打算请假呀', attend()],
    // Only on a condition, or only likely: asked about.
    ['手术排上了就来不了 没排上就去', unclear],
    ['孩子有点咳嗽，可能得请假', unclear],
  ]);
});

describe('words that only sound like doubt', () => {
  table([
    // 难说 inside "融资难 说几句" is no doubt.
    ['准时参加，准备围绕中小企业融资难说几句', attend()],
    // 不会不去 is coming, not 会不会 asked.
    ['不会不去的', attend()],
  ]);
});
