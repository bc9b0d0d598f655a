import { describe, expect, it } from 'vitest';
import { readReply } from '../src/notices/chat/read-reply.ts';

/** Members who cannot come often only tell what keeps them: work that needs them, a trip, a class. */

describe('needed on hand where the work is', () => {
  it('is an absence, the work kept as the reason', () => {
    expect(readReply('公司那天年检，市场局的人来，我必须在场')).toEqual({ kind: 'leave', reason: '公司那天年检，市场局的人来，必须在场' });
    expect(readReply('工地那几天浇筑，我得守着')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('浇筑') });
  });

  it('says nothing when no work is told, nor when the meeting is what needs them', () => {
    expect(readReply('我得在').kind).not.toBe('leave');
    expect(readReply('那天有个协商会，我必须到场').kind).toBe('attend');
  });
});

describe('够呛, hardly', () => {
  it('is a no, with what keeps them as the reason', () => {
    expect(readReply('怕是够呛，那几天区里派我去外省学习')).toEqual({ kind: 'leave', reason: '那几天区里派我去外省学习' });
    expect(readReply('赶过来够呛，人在县里')).toEqual({ kind: 'leave', reason: '人在县里' });
  });

  it('is not said of being worn out', () => {
    expect(readReply('这周累得够呛，不过周五我会来').kind).toBe('attend');
  });
});

describe('a flight or a train away on the day', () => {
  it('is an absence, the trip as the reason', () => {
    expect(readReply('那天早上的高铁去成都，月底才回')).toEqual({ kind: 'leave', reason: '那天早上的高铁去成都，月底才回' });
  });

  it('is no absence when it is how they come', () => {
    expect(readReply('我坐动车去市里').kind).not.toBe('leave');
  });
});

describe('classes counted, or an engagement that cannot be moved', () => {
  it('is an absence, with what cannot be moved as the reason', () => {
    expect(readReply('那天上午我有三节课，换不了人')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('有三节课') });
    expect(readReply('那天有个评审推不掉')).toEqual({ kind: 'leave', reason: '那天有个评审推不掉' });
    expect(readReply('手术排好了，挪不开')).toEqual({ kind: 'leave', reason: '手术排好了' });
  });
});
