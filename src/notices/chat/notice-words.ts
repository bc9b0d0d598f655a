import { escapeRegExp } from '../../shared/escape-regexp.ts';
import { normalizeMessage } from '../../shared/normalize-text.ts';
import type { NoticeFields } from '../types.ts';

/**
 * A notice's own words sent back by the member: a line of it quoted ("请提前15分钟到场，着正装"),
 * or the whole notice pasted, perhaps with their answer beside it. The notice's words answer nothing;
 * only what the member adds of their own is read.
 */

type NoticeText = Pick<NoticeFields, 'title' | 'time' | 'place' | 'scope' | 'body'>;

const bare = (text: string) => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/** The labels a pasted notice carries before its fields ("时间：12月5日上午9:00"). */
function withLabels(notice: NoticeText): string {
  const { title, time, place, scope, body } = notice;
  return bare([title, `时间${time}`, `会议时间${time}`, `地点${place}`, `会议地点${place}`, `范围${scope}`, `参会范围${scope}`, `内容${body}`, `正文${body}`].join('|'));
}

/** "回执截止 12月3日18:00": the deadline line, written by whoever posted the notice. */
const DEADLINE_LINE = /^(?:回执|回复|报名)?截止(?:时间|日期)?[：:\s]*[\d年月日号:：点\s-]+$/u;

/** Whether the whole message is a passage of the notice (eight characters at least). */
export function quotesTheNotice(text: string, notice: Pick<NoticeFields, 'title' | 'body'>): boolean {
  const said = bare(text);
  return Array.from(said).length >= 8 && bare(`${notice.title}${notice.body}`).includes(said);
}

/**
 * A pasted notice in the message: which of the notices it is, and the member's own words beside it
 * (the message without its lines that are the notice's: two of them at least, so that one phrase of
 * it in a reply stays the member's); null when the message holds no pasted notice.
 */
export function pastedNotice<T extends NoticeText>(text: string, notices: T[]): { notice: T; own: string } | null {
  const pieces = normalizeMessage(text)
    .split(/\n|(?<=[。；！])/u)
    .map((piece) => piece.trim())
    .filter(Boolean);
  for (const notice of notices) {
    const words = withLabels(notice);
    const ofNotice = (piece: string) => DEADLINE_LINE.test(piece) || (Array.from(bare(piece)).length >= 4 && words.includes(bare(piece)));
    if (pieces.filter(ofNotice).length >= 2) return { notice, own: pieces.filter((piece) => !ofNotice(piece)).join('\n') };
  }
  // "关于参加优化营商环境专题协商会的通知 收到": the whole title quoted back names the notice, and its
  // words (参加 among them) are no answer.
  const said = normalizeMessage(text).normalize('NFKC');
  for (const notice of notices) {
    const title = Array.from(bare(notice.title));
    if (title.length < MIN_TITLE_QUOTED) continue;
    const quoted = new RegExp(title.map(escapeRegExp).join('[\\s\\p{P}\\p{S}]*'), 'u');
    if (!quoted.test(said)) continue;
    const own = said.replace(quoted, '').replace(FORWARDED, '').replace(/^[\s\p{P}]+|[\s，,、：:]+$/gu, '');
    // (The whole notice forwarded on one line, its place and time after the title, is no reply at all.)
    if (![notice.place, notice.time].some((field) => bare(own).includes(bare(field)))) return { notice, own };
  }
  return null;
}

/** What forwarding adds around a title: "转发：", "【转发】", and the notice's own "请于…前回复参加或请假". */
const FORWARDED = /^[\s【\[]*转发[】\]]?[：:\s]*|[，,。\s]*请(?:于|在)?[^，,。]{0,16}?前?回复(?:参加或请假|是否参加)[。！]?/gu;

/** Fewer characters of a title may be the member naming the meeting ("常委会"), not quoting it. */
const MIN_TITLE_QUOTED = 12;
