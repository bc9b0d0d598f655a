import { normalizeMessage } from '../../shared/normalize-text.ts';
import type { App } from '../../app.ts';
import type { NoticeFields } from '../../notices/types.ts';
import type { NoticeItem } from './corpus.ts';

/** Replays members' notice replies through the real core and judges what the roll records. */

const NOTICES: Record<'A' | 'B', Omit<NoticeFields, 'replyBy'> & { replyBy: string }> = {
  A: {
    title: '关于召开市政协十四届常委会第十次会议的通知',
    time: '12月5日（星期五）上午9:00',
    place: '市民之家三楼第一会议室',
    scope: '全体常委',
    body: '会议审议《关于优化营商环境的协商报告》。请提前15分钟到场，着正装。联系人：市政协办公室王秘书，电话0719-8123456。',
    needsReply: true,
    replyBy: '2026-12-03T18:00:00+08:00',
  },
  B: {
    title: '关于参加“优化营商环境”专题协商会的通知',
    time: '12月10日下午2:30',
    place: '市政协机关四楼会议室',
    scope: '相关界别委员',
    body: '围绕优化营商环境开展专题协商，请做好发言准备。',
    needsReply: true,
    replyBy: '2026-12-08T18:00:00+08:00',
  },
};

export interface NoticeVerdict {
  item: NoticeItem;
  right: boolean;
  /** Something was recorded that the member did not say (the wrong answer, or an answer at all). */
  wrong: boolean;
  recorded: Record<string, { answer: string; reason: string } | undefined>;
  replies: string[];
}

/** The notices as a corpus's writer was shown them, where they differ from the usual pair ("12月5日上午9:00", no weekday). */
export type NoticesShown = Partial<Record<'A' | 'B', Partial<Pick<NoticeFields, 'time' | 'place'>>>>;

export async function replayNoticeReplies(app: App, items: NoticeItem[], now: Date, shown: NoticesShown = {}): Promise<NoticeVerdict[]> {
  const members = app.storage.members;
  const ids: string[] = [];
  for (const [i, item] of items.entries()) {
    const { member } = await members.upsert({ name: `回执委员${i + 1}`, sector: '民盟', phone: `139${String(10000000 + i).slice(-8)}` }, now);
    await members.bind(`wechat:nr-${item.id}`, member.id, now);
    ids.push(member.id);
  }
  const noticeIds: Record<string, number> = {};
  for (const key of ['A', 'B'] as const) {
    const targeted = items.map((item, i) => (item.pending.includes(key) ? ids[i] : undefined)).filter((id): id is string => Boolean(id));
    const fields = { ...NOTICES[key], ...shown[key], replyBy: new Date(NOTICES[key].replyBy) };
    const notice = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: targeted, groups: [] }, 'staff', now);
    await app.notices.send(notice.id, 'staff', now);
    noticeIds[key] = notice.id;
  }
  let sequence = 0;
  const verdicts: NoticeVerdict[] = [];
  for (const [i, item] of items.entries()) {
    const replies: string[] = [];
    for (const text of item.messages) {
      const out = await app.core.handle({
        channel: 'wechat',
        chatId: `nr-${item.id}`,
        isGroup: false,
        senderId: `nr-${item.id}`,
        senderName: `回执委员${i + 1}`,
        text,
        addressed: true,
        messageId: `nr-${++sequence}`,
        time: now,
      });
      replies.push(out.map((r) => [r.text, ...(r.choices ?? []).map((c) => `[${c.label}]`)].join(' ')).join('\n'));
    }
    const recorded: NoticeVerdict['recorded'] = {};
    for (const key of item.pending) {
      const roll = await app.notices.roll(noticeIds[key] ?? 0);
      const mine = [...roll.attending, ...roll.excused].find((r) => r.memberId === ids[i]);
      recorded[key] = mine ? { answer: mine.answer, reason: mine.reason } : undefined;
    }
    verdicts.push({ item, ...judge(item, recorded, replies), recorded, replies });
  }
  return verdicts;
}

function judge(item: NoticeItem, recorded: NoticeVerdict['recorded'], replies: string[]): { right: boolean; wrong: boolean } {
  const e = item.expect;
  const last = replies.at(-1) ?? '';
  const nothing = Object.values(recorded).every((r) => r === undefined);
  const wants: Partial<Record<'A' | 'B', { answer: string; reason_has?: string | null; remark_has?: string }>> = e.answers
    ? e.answers
    : e.answer
      ? { [e.notice ?? item.pending[0]!]: { answer: e.answer, reason_has: e.reason_has, remark_has: e.remark_has } }
      : {};
  if (Object.keys(wants).length > 0) {
    let right = true;
    let wrong = false;
    for (const key of item.pending) {
      const want = wants[key];
      const got = recorded[key];
      if (!want) {
        if (got) wrong = true;
        continue;
      }
      if (!got) right = false;
      else if (got.answer !== want.answer) {
        right = false;
        wrong = true;
      } else {
        const note = want.reason_has ?? want.remark_has;
        // Reasons are kept in Simplified, as every message is read (README).
        if (note && !got.reason.includes(normalizeMessage(note))) right = false;
      }
    }
    return { right: right && !wrong, wrong };
  }
  const wrong = !nothing;
  if (e.ask === 'attend-or-leave') return { right: nothing && /参加/.test(last) && /请假/.test(last), wrong };
  if (e.ask === 'which-notice') return { right: nothing && /常委会/.test(last) && /协商会/.test(last), wrong };
  if (e.question) return { right: nothing && replies.join('\n').includes(e.answer_has ?? ''), wrong };
  return { right: nothing, wrong };
}
