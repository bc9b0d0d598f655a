import { describe } from 'vitest';
import { attend, leave, table } from './support/reply-readings.ts';

describe('a leave waived, taken back or denied is coming', () => {
  table([
    ['请假就不用了 调好班了', attend()],
    ['麻烦把我那个请假撤了吧 能来', attend()],
    ['别把协商会给我登记成请假 我是要去的', attend()],
    ['想了想 算了 不请了', attend()],
    ['没有说过不去啊', attend()],
  ]);
});

describe('absence ruled out twice over is coming; leave forced twice over is a leave', () => {
  table([
    ['这个会我不能缺席', attend()],
    ['没办法不请假 那天要去省里答辩', leave('那天要去省里答辩')],
  ]);
});

describe('a promise made before gives way to what happened since', () => {
  table([
    ['答应了一定来的，但是单位临时派我去深圳，只能请假', leave('单位临时派我去深圳')],
    ['上回请了假 这回又得请了 要陪爱人复查', leave('要陪爱人复查')],
  ]);
});

describe('missing the start with the hour of arriving said is coming late', () => {
  table([['开头肯定赶不上 大概10点半到', attend('开头肯定晚到，大概10点半到')]]);
});

describe('a leave taken back in the member\'s words, then coming', () => {
  table([
    ['嗯 请假撤了吧 出差改到下周了 我来', attend()],
    ['之前请的假取消 能参加', attend()],
  ]);
});

describe('a leave proposed by the member after weighing it up is the answer', () => {
  table([
    ['下午三点我在区里有个评审，估计四点多才能过去，就赶个尾巴，要不请假吧', leave('下午三点我在区里有个评审，赶个尾巴')],
    ['那天上午在党校讲课，还是请假吧', leave('那天上午在党校讲课')],
    ['要不请个假吧', leave()],
  ]);
});

describe('another engagement in the same building, coming up once it ends, is coming late', () => {
  table([['那天上午我在市民之家二楼有个评审会 九点半散会 散会了我就上三楼', attend('九点半散会，散会了我就上三楼')]]);
});
