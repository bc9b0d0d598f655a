import { describe, expect, it } from 'vitest';
import { extractFields, withoutDecoration } from '../src/opinions/intake/extract.ts';

describe('what a forwarded chat message carries besides the story', () => {
  it('drops the line saying where it was forwarded from', () => {
    const read = extractFields('转发自【城南小区业主群】\n小区东门的路灯坏了一个多月，晚上老人出来散步摔了两个');
    expect(read.title ?? '').not.toContain('转发自');
    expect(read.situation).toBe('小区东门的路灯坏了一个多月，晚上老人出来散步摔了两个');
    expect(withoutDecoration('河边栏杆断了好几处，孩子在那玩很危险\n—— 转自 滨江街道居民群')).toBe('河边栏杆断了好几处，孩子在那玩很危险');
  });

  it('drops chat mentions and keeps what was said to them', () => {
    expect(withoutDecoration('@社区刘主任 垃圾站天天满出来，什么时候能加车')).toBe('垃圾站天天满出来，什么时候能加车');
  });

  it('keeps a story line that only starts like a source', () => {
    expect(withoutDecoration('来自农村的孩子在城里上学很难')).toBe('来自农村的孩子在城里上学很难');
    expect(withoutDecoration('有事发邮件到 office@example.com 就行')).toContain('office@example.com');
  });
});
