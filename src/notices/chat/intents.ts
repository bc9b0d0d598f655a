import { REPLY_ANSWERS, type ReplyAnswer } from '../types.ts';

/** What a chat message asks of the notices feature. */
export type NoticeIntent =
  | { kind: 'reply'; answer: ReplyAnswer; noticeId?: number; reason: string }
  | { kind: 'compose' }
  | { kind: 'list' }
  | { kind: 'roll'; noticeId: number }
  | { kind: 'send'; noticeId: number }
  | { kind: 'cancel-notice'; noticeId: number }
  | { kind: 'none' };

/** 参加 / 参加 12 / 请假 外出调研 / 请假 12 外出调研 / 请假：外出调研 */
const REPLY = new RegExp(`^(${REPLY_ANSWERS.join('|')})(?:\\s*[#＃]?\\s*(\\d{1,9})(?=\\s|$|[:：，,]))?\\s*[:：，,]?\\s*(.*)$`, 's');
const STAFF: ReadonlyArray<[RegExp, (n: number) => NoticeIntent]> = [
  [/^(?:通知回执|回执|查看回执|回执情况)\s*[#＃]?\s*(\d+)$/, (noticeId) => ({ kind: 'roll', noticeId })],
  [/^(?:发送通知|推送通知)\s*[#＃]?\s*(\d+)$/, (noticeId) => ({ kind: 'send', noticeId })],
  [/^(?:取消通知|撤销通知|撤回通知)\s*[#＃]?\s*(\d+)$/, (noticeId) => ({ kind: 'cancel-notice', noticeId })],
];

export function readNoticeIntent(raw: string): NoticeIntent {
  const text = raw.normalize('NFKC').trim();
  if (/^(?:\/notice(?:@\w+)?|发布通知|发通知|新建通知|发布会议通知)$/i.test(text)) return { kind: 'compose' };
  if (/^(?:通知列表|会议通知列表|查看通知)$/.test(text)) return { kind: 'list' };
  for (const [pattern, make] of STAFF) {
    const match = pattern.exec(text);
    if (match?.[1]) return make(Number(match[1]));
  }
  const reply = REPLY.exec(text);
  // "参加会议需要带什么？" is a question, not an answer.
  if (reply?.[1] && !/[？?]$/.test(text) && (reply[3] ?? '').length <= 200) {
    const reason = (reply[3] ?? '').trim();
    if (reply[1] === '参加' && reason && !/^(?:会议)?[。！!]*$/.test(reason)) return { kind: 'none' };
    return { kind: 'reply', answer: reply[1] as ReplyAnswer, ...(reply[2] ? { noticeId: Number(reply[2]) } : {}), reason: reply[1] === '请假' ? reason : '' };
  }
  return { kind: 'none' };
}
