import { describe, expect, it } from 'vitest';
import { readReply } from '../src/notices/chat/read-reply.ts';

describe('a notice acknowledged, or a yes only hoped for', () => {
  it.each(['通知收悉', '通知已阅', '我尽量安排一下时间', '我尽量抽时间参加', '尽量挤点时间来吧'])('%s is asked about', (text) => {
    expect(readReply(text)).toEqual({ kind: 'unclear' });
  });

  it('still takes an acknowledgement followed by the answer', () => {
    expect(readReply('通知收悉，准时参加').kind).toBe('attend');
  });
});

describe('exam duties', () => {
  it('reads an exam the member supervises that day as the reason for a leave', () => {
    expect(readReply('王秘书，5号那天我们学校期末统考，我是监考组长')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('期末统考') });
  });

  it('reads coming once the exam is over as coming late', () => {
    expect(readReply('统考完就过来').kind).toBe('attend');
    expect(readReply('5号学校期末考试，我监考完就过来').kind).toBe('attend');
  });
});

describe('a voice message telling other news before the answer', () => {
  it('finds "五号我参加的" inside the run of speech', () => {
    const said = '那个王秘书啊我刚从地里回来看到你发的通知了我们村今年的柑橘卖得还可以就是运输成本高这个事我想在会上说一说五号我参加的到时候我坐早班车来';
    expect(readReply(said).kind).toBe('attend');
  });
});
