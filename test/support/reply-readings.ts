import { expect, it } from 'vitest';
import { readReply, type ReplyReading } from '../../src/notices/chat/read-reply.ts';

/** The readings a member's reply to a notice may have, and a table of replies with the reading each must get. */
export const attend = (remark = ''): ReplyReading => ({ kind: 'attend', remark });
export const leave = (reason = ''): ReplyReading => ({ kind: 'leave', reason });
export const unclear: ReplyReading = { kind: 'unclear' };

export const table = (cases: [string, ReplyReading][]) =>
  it.each(cases)('%s', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
