import type { App } from '../../src/app.ts';
import type { Address, Sender } from '../../src/conversation/outbound.ts';
import { SendError } from '../../src/conversation/send-errors.ts';
import type { Reply } from '../../src/conversation/types.ts';
import type { Roster, RosterMember } from '../../src/notices/roster.ts';
import type { NoticeFields, NoticeTargets } from '../../src/notices/types.ts';

export interface FakeMember extends RosterMember {
  sector: string;
  committee: string;
}

/** A registry at the boundary: members with 界别, 专委会 and bound accounts. */
export class FakeRoster implements Roster {
  constructor(readonly members: FakeMember[]) {}

  async find(targets: NoticeTargets): Promise<RosterMember[]> {
    return this.members.filter(
      (m) =>
        targets.allMembers ||
        targets.sectors.includes(m.sector) ||
        targets.committees.includes(m.committee) ||
        targets.members.includes(m.name) ||
        targets.members.includes(m.memberId),
    );
  }

  async memberIdsOf(account: Address): Promise<string[]> {
    return this.members.filter((m) => m.accounts.some((a) => a.channel === account.channel && a.chatId === account.chatId)).map((m) => m.memberId);
  }
}

/** Records what a channel would have sent; can be told to refuse some chats (permanently). */
export class RecordingSender implements Sender {
  readonly sent: { to: Address; text: string }[] = [];
  failFor = new Set<string>();

  constructor(readonly channel: string) {}

  async send(to: Address, reply: Reply): Promise<void> {
    // As a channel's adapter types it: a missing account stays missing, retrying cannot help.
    if (this.failFor.has(to.chatId)) throw new SendError('permanent', '对方账号不存在');
    this.sent.push({ to, text: reply.text });
  }

  to(chatId: string): string[] {
    return this.sent.filter((s) => s.to.chatId === chatId).map((s) => s.text);
  }
}

/** 300 members, half on WeChat and half on Telegram, in three 界别 and two 专委会. */
export function committeeOf(size: number): FakeMember[] {
  const sectors = ['民盟', '民建', '农工党'];
  return Array.from({ length: size }, (_, i) => ({
    memberId: `M${String(i + 1).padStart(4, '0')}`,
    name: `委员${i + 1}`,
    sector: sectors[i % 3] ?? '民盟',
    committee: i % 2 === 0 ? '提案委' : '经济委',
    accounts: [i % 2 === 0 ? { channel: 'wechat', chatId: `wx-${i + 1}`, isGroup: false } : { channel: 'telegram', chatId: String(100000 + i), isGroup: false }],
  }));
}

/** Sends a notice to the members named, as the office would; its id. */
export async function sendNoticeTo(app: App, fields: NoticeFields, members: string[], now: Date): Promise<number> {
  const { id } = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members, groups: [] }, 'office', now);
  await app.notices.send(id, 'office', now);
  return id;
}

/** The reply a member has on record for a notice, if any. */
export async function replyOf(app: App, noticeId: number, memberId: string) {
  const roll = await app.notices.roll(noticeId);
  return [...roll.attending, ...roll.excused].find((r) => r.memberId === memberId);
}

/** The two meetings members most often have waiting at once: the 常委会 on Saturday the 5th, the 协商会 on Thursday the 10th. */
export const THE_TWO_MEETINGS: NoticeFields[] = [
  { title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期六）上午9:00', place: '市民之家三楼第一会议室', scope: '全体常委', body: '请提前15分钟到场。', needsReply: true, replyBy: new Date('2026-12-03T10:00:00Z') },
  { title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日（星期四）下午2:30', place: '市政协机关四楼会议室', scope: '相关界别委员', body: '请做好发言准备。', needsReply: true, replyBy: new Date('2026-12-08T10:00:00Z') },
];
