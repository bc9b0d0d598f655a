import { describe, expect, it } from 'vitest';
import { readReply } from '../src/notices/chat/read-reply.ts';
import { splitPerNotice } from '../src/notices/chat/several-notices.ts';
import { attend, leave } from './support/reply-readings.ts';

const refs = [
  { id: 1, title: '关于召开常委会会议的通知', time: '12月5日上午9:00', place: '一号会议室' },
  { id: 2, title: '关于召开专题协商会的通知', time: '12月10日下午2:30', place: '四楼会议室' },
];

describe('a late arrival the member fears, then names', () => {
  it('is coming, late', () => {
    expect(readReply('两点半怕赶不到 从郧西开车过来 估计三点到')).toMatchObject({ kind: 'attend' });
  });
});

describe('going to an engagement elsewhere because no one else can', () => {
  it('is a leave for that engagement, not coming to ours', () => {
    expect(readReply('那天下午女儿学校开家长会 她爸出差了 只能我去')).toMatchObject({ kind: 'leave' });
  });

  it('leaves “只能我去” alone when nothing else was told', () => {
    expect(readReply('只能我去')).toEqual(attend());
  });
});

describe('two meetings answered one by one', () => {
  it('takes a yes sign right after a day for that meeting', () => {
    expect(splitPerNotice('5号👍 10号来不了😣 孙子满月酒', refs)).toEqual([
      { noticeId: 1, reading: attend() },
      { noticeId: 2, reading: leave('孙子满月酒') },
    ]);
  });

  it('reads Wu 勿来事 as not coming', () => {
    expect(splitPerNotice('常委会我来个，协商会我勿来事，要去杭州', refs)).toEqual([
      { noticeId: 1, reading: attend() },
      { noticeId: 2, reading: leave('要去杭州') },
    ]);
  });
});

describe('an answer put right in the same message', () => {
  it('counts only what the member put right', () => {
    expect(splitPerNotice('常委会参加 协商会请假 哎呀说反了 常委会请假 协商会参加 5号要去省里开会', refs)).toEqual([
      { noticeId: 1, reading: leave('要去省里开会') },
      { noticeId: 2, reading: attend() },
    ]);
  });

  it('keeps the answer when only a detail is put right', () => {
    expect(readReply('请假 去南京 哦说错了是去南昌')).toMatchObject({ kind: 'leave' });
  });
});
