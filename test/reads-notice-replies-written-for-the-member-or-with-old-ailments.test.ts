import { describe } from 'vitest';
import { attend, leave, table, unclear } from './support/reply-readings.ts';

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

describe('another body\'s meeting or class answered by name', () => {
  table([
    // It says nothing of ours: asked, never recorded.
    ['区政协那边周六的会我请假了', unclear],
    ['教育局下午那个会我参加', unclear],
    ['周六老年大学的书法课我去不了了，跟班长说一下', unclear],
    // A meeting at the member's own unit tells why they stay away.
    ['我们局里有会我去不了', leave('局里有会')],
  ]);
});

describe('what the member is sent to do, a reply left for later, and 一定 and 好的 in dialect', () => {
  table([
    ['周六那个会 我们单位书记让我去陪同省里检查 去不了', leave('单位书记让我去陪同省里检查')],
    ['如果那天出差能赶回来就去，赶不回来再跟你说', unclear],
    ['没嘛事儿 到时候我指定过去', attend()],
    ['好额 晓得了', unclear],
  ]);
});

describe('a spouse\'s own leave, told beside the member\'s answer', () => {
  table([
    ['我爱人5号请了假陪我一起去 常委会我肯定参加', attend()],
    ['我爱人住院了，请假', leave('我爱人住院了')],
  ]);
});
