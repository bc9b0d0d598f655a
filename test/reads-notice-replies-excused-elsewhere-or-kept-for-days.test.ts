import { describe, expect, it } from 'vitest';
import { readReply } from '../src/notices/chat/read-reply.ts';

describe('leave asked of someone else', () => {
  it('is no leave from our meeting', () => {
    expect(readReply('区里周六上午有个培训我请假了').kind).not.toBe('leave');
    expect(readReply('侨联那边5号也有个联谊会 我跟他们请假了 常委会我参加').kind).toBe('attend');
  });

  it('is coming when the member asks it in order to come', () => {
    expect(readReply('那天医院排了我门诊 我跟科主任请个假过来')).toMatchObject({ kind: 'attend' });
  });

  it('is still a leave when asked of the office', () => {
    expect(readReply('跟王秘书请个假 那天去不了').kind).toBe('leave');
  });
});

describe('what keeps the member for days, told at length', () => {
  it('is a leave with the stay as its reason', () => {
    expect(readReply('我这周在市人民医院住院 胆结石要做个手术 医生说起码住十天')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('住院') });
  });
});

describe('Wu 勿 after 参加', () => {
  it('reads 参加勿了 as cannot come', () => {
    expect(readReply('伊天我要去宁波 参加勿了')).toMatchObject({ kind: 'leave', reason: expect.stringContaining('去宁波') });
  });
});

describe('leave asked through someone for our own meeting', () => {
  it('is a leave from it', () => {
    expect(readReply('麻烦跟常委会那边说一声 我请个假').kind).toBe('leave');
  });
});
