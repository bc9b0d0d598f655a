import { describe, expect, it } from 'vitest';
import { readReply, type ReplyReading } from '../src/notices/chat/read-reply.ts';

const attend = (remark = ''): ReplyReading => ({ kind: 'attend', remark });
const leave = (reason = ''): ReplyReading => ({ kind: 'leave', reason });
const unclear: ReplyReading = { kind: 'unclear' };

describe('coming once something else is done', () => {
  it.each<[string, ReplyReading]>([
    ['上午9点我在医院有台手术，估计要做到10点多，做完就过去', attend('估计要做到10点多，做完就过去')],
    ['开完会就过去', attend('开完会就过去')],
    ['忙完了再来', attend('忙完了再来')],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});

describe('a paper brought along, said beside the yes', () => {
  it('keeps it in the note', () => {
    expect(readReply('能参加，会上想说的意见我整理成书面的了，到时候带过去')).toEqual(attend('会上想说的意见我整理成书面的了，到时候带过去'));
  });
});

describe('a yes that hangs on something unmarked as a condition', () => {
  it.each<[string, ReplyReading]>([
    ['我4号晚上从广州飞回来，航班不延誤就能赶上，延误了就没办法了', unclear],
    // No mishap expected: that is a yes.
    ['不出意外就去', attend()],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});

describe('a bare 对 or 是的, and 请架 from voice input', () => {
  it.each<[string, ReplyReading]>([
    ['对', unclear],
    ['是的', unclear],
    ['对，我参加', attend()],
    ['请架 十号下午单位要迎接市里的安全生产检查', leave('十号下午单位要迎接市里的安全生产检查')],
  ])('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});
