import { describe } from 'vitest';
import { attend, leave, table } from './support/reply-readings.ts';

describe('a secretary or spouse writing for the member', () => {
  table([
    // Naming the member again in one run of voice input.
    ['我是陈委员的秘书陈委员那天要去省里参加人大的会请假麻烦登记一下谢谢', leave('陈委员那天要去省里参加人大的会')],
    // Told to send the leave: where the phone was left is no reason.
    ['我是何委员爱人，他手机放家里了，他这几天在成都出差，让我回个请假', leave('他这几天在成都出差')],
  ]);
});

describe('an old complaint is the member\'s own, not someone called 老毛', () => {
  table([
    ['老毛病犯了，去不了', leave('老毛病犯了')],
    ['心有余而力不足啊😔老毛病又犯了，在家躺着呢', leave('老毛病又犯了，在家躺着')],
  ]);
});

describe('what goes with a reason and what stays', () => {
  table([
    // Courtesies and asking to be put down say nothing of why.
    ['那天要去省里参加人大的会请假麻烦登记一下谢谢', leave('那天要去省里参加人大的会')],
    // Being away says why they cannot get back, which stays with it.
    ['哎呀不好意思刚看到消息五号我在外地赶不回来请假啊代我向各位问好', leave('五号我在外地赶不回来')],
    ['要去上海开会实在是赶不回来了，请假', leave('要去上海开会')],
  ]);
});

describe('coming late by an hour as people say it', () => {
  table([
    ['俺能去 就是得晚个把钟头 早上得先去趟乡里', attend('得晚个把钟头，早上得先去趟乡里')],
    ['我参加 晚半个钟头到', attend('晚半个钟头到')],
  ]);
});

describe('the meeting\'s day said to work after all', () => {
  table([
    ['哦 我看岔了 以为是礼拜天 礼拜六可以', attend()],
    ['那天没问题', attend()],
  ]);
});
