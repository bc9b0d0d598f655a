/** What a chat message asks of the notices feature (staff commands; members' replies are read in read-reply.ts). */
export type NoticeIntent =
  | { kind: 'compose' }
  | { kind: 'list' }
  | { kind: 'roll'; noticeId: number }
  | { kind: 'send'; noticeId: number }
  | { kind: 'cancel-notice'; noticeId: number }
  | { kind: 'none' };

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
  return { kind: 'none' };
}
