import { describe, expect, it } from 'vitest';
import { readReply, type ReplyReading } from '../src/notices/chat/read-reply.ts';

const attend = (remark = ''): ReplyReading => ({ kind: 'attend', remark });
const leave = (reason = ''): ReplyReading => ({ kind: 'leave', reason });
const none: ReplyReading = { kind: 'none' };
const unclear: ReplyReading = { kind: 'unclear' };

describe('messages that are no answer of the member’s', () => {
  it.each<[string, ReplyReading]>([
    ['转：各位委员，市委统战部12月5日下午的座谈会请准时参加，地点另行通知', none],
    ['帮我查一下今年我参加了几次会', none],
    ['妈，明天我请假陪你去复查，早上8点来接你', none],
    ['秘书刚问我5号去不去，我还没定呢，等我翻翻日程', unclear],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});

describe('the member’s own answer beside other people’s and other events', () => {
  it.each<[string, ReplyReading]>([
    ['同事让我转告你们，他10号来不了。我自己没问题，去', attend()],
    ['民进这边下周的会员活动我请假了，常委会照常来', attend()],
    ['请假理由：被老婆扣下了😂😂 开玩笑的，准时到', attend()],
    ['要不是那天要出国，我肯定去的', leave('那天要出国')],
    ['不是不想去，是真去不了，我妈那天做手术我得陪着', leave('我妈那天做手术我得陪着')],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});
