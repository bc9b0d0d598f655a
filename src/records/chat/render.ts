import { chinaWallClock } from '../../china-time.ts';
import { chinaYearOf } from '../../shared/china-periods.ts';
import type { MeetingItem, MemberRecord } from '../types.ts';

/** How many meetings a chat summary lists one by one; the rest are in the counts. */
const LISTED_MEETINGS = 10;

const monthDay = (at: Date) => {
  const wall = chinaWallClock(at);
  return `${wall.getUTCMonth() + 1}月${wall.getUTCDate()}日`;
};

function meetingLine(item: MeetingItem): string {
  const missed = item.delivery === 'failed' || item.delivery === 'unreachable' ? '（通知未送达）' : '';
  return `· ${item.title}（${item.time}）：${item.outcome}${missed}`;
}

/** A member's own year, as the chat shows it: counts first, then the meetings behind them. */
export function renderRecord(record: MemberRecord): string {
  const { meetings: m, opinions: o, year } = record;
  const current = chinaYearOf(record.asOf) === year;
  const lines = [`${record.name}委员，您${year}年的履职情况${current ? `（截至${monthDay(record.asOf)}）` : ''}：`];
  if (m.notified === 0 && o.submitted === 0) {
    lines.push(`${year}年暂无会议通知和社情民意记录。`);
  } else {
    const replies = [`参加 ${m.attended} 次`, `请假 ${m.excused} 次`, `未回复 ${m.noReply} 次`];
    if (m.awaitingReply > 0) replies.push(`待回复 ${m.awaitingReply} 次`);
    lines.push(`【会议】收到会议通知 ${m.notified} 次：${replies.join('，')}。`);
    const missed = m.deliveryFailed + m.unreachable;
    if (missed > 0) lines.push(`其中 ${missed} 次通知未能送达您的聊天账号（发送失败或当时尚未绑定）。`);
    lines.push(`【社情民意】提交 ${o.submitted} 条，其中被采用 ${o.adopted} 条。`);
    const items = record.meetingItems.slice(-LISTED_MEETINGS);
    if (items.length > 0) {
      lines.push('', record.meetingItems.length > items.length ? `最近 ${items.length} 次会议：` : '会议明细：', ...items.map(meetingLine));
    }
    const adopted = record.opinionItems.filter((i) => i.adopted);
    if (adopted.length > 0) lines.push('', '被采用的社情民意：', ...adopted.map((i) => `· ${i.number} ${i.title}（${i.status}）`));
  }
  lines.push('', '说明：会议按通知发出的时间计入年度；“采用”含已编报、已采用、已转有关部门及其后办结的。如有出入，请联系市政协办公室核对。');
  return lines.join('\n');
}
