import type { Context } from 'hono';
import { html } from 'hono/html';
import { CURATED_TITLE } from '../../answering/curated-answers.ts';
import type { LoggedCitation, LoggedQuestion, QuestionOutcome } from '../../answering/question-log.ts';
import { formatChinaDateTime } from '../../china-time.ts';
import type { MemberStore } from '../../members/member-store.ts';
import type { WorkbenchEnv } from '../deps.ts';
import type { Html } from '../layout/page.ts';

/** Pieces the 问答记录 pages share. */

export const OUTCOME_LABELS: Record<QuestionOutcome, string> = { answered: '已回答', declined: '未答上', curated: '工作人员答复' };
const OUTCOME_BADGES: Record<QuestionOutcome, string> = { answered: 'badge badge-done', declined: 'badge badge-new', curated: 'badge' };

export function isOutcome(value: unknown): value is QuestionOutcome {
  return value === 'answered' || value === 'declined' || value === 'curated';
}

export function outcomeBadge(outcome: QuestionOutcome): Html {
  return html`<span class="${OUTCOME_BADGES[outcome]}">${OUTCOME_LABELS[outcome]}</span>`;
}

export const when = formatChinaDateTime;
export const day = (at: Date): string => formatChinaDateTime(at).slice(0, 10);

/** The three views of the group, as tabs under the page title. */
export function tabs(c: Context<WorkbenchEnv>): Html {
  const here = c.req.path;
  const tab = (href: string, label: string) => html`<a href="${href}"${here === href ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<nav class="tabs" aria-label="问答记录">
    ${tab('/questions', '全部提问')}${tab('/questions/declined', '未答上的问题')}${tab('/questions/answers', '工作人员答复')}
  </nav>`;
}

const CHANNELS: Record<string, string> = { wechat: '微信', telegram: 'Telegram', console: '控制台' };

/** A chat id with its middle hidden: staff can tell accounts apart without reading one out. */
export function partly(id: string): string {
  const chars = [...id];
  if (chars.length <= 4) return `${chars[0] ?? ''}***`;
  return `${chars.slice(0, 3).join('')}***${chars.slice(-2).join('')}`;
}

/** The log's asker ("wechat:room@chatroom:wxid", "console:li:li") as its account and whether it was asked in a group. */
export function askerAccount(asker: string): { channel: string; senderId: string; inGroup: boolean } {
  const at = asker.indexOf(':');
  const channel = at > 0 ? asker.slice(0, at) : asker;
  const rest = at > 0 ? asker.slice(at + 1) : '';
  // A private chat's id is the sender's id: "li:li".
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ':' && rest.slice(0, half) === rest.slice(half + 1)) return { channel, senderId: rest.slice(0, half), inGroup: false };
  const last = rest.lastIndexOf(':');
  return { channel, senderId: last >= 0 ? rest.slice(last + 1) : rest, inGroup: last >= 0 };
}

/**
 * Who asked, as staff may read it: the member's name when the account is bound to the registry,
 * else the channel and the account shown partially.
 */
export async function askerNames(members: Pick<MemberStore, 'byAccount'>, askers: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const asker of new Set(askers)) {
    const { channel, senderId, inGroup } = askerAccount(asker);
    const member = await members.byAccount(`${channel}:${senderId}`);
    const where = `${CHANNELS[channel] ?? channel}${inGroup ? '群聊' : ''}`;
    names.set(asker, member ? `${member.name}（${where}）` : `${where}用户 ${partly(senderId)}`);
  }
  return names;
}

/** The sources the answer cited; a question logged before they were all kept shows its first. */
export function citationsOf(q: LoggedQuestion): LoggedCitation[] {
  if (q.citations) return q.citations;
  return q.source ? [{ source: q.source, title: q.source, section: '' }] : [];
}

export function citation(c: LoggedCitation): Html {
  if (c.source.startsWith('staff:')) return html`${CURATED_TITLE}（第 ${c.source.slice('staff:'.length)} 条${c.section ? `，${c.section}` : ''}）`;
  return html`《${c.title}》${c.section ? ` ${c.section}` : ''}`;
}

/** What the member typed; a follow-up with how the bot read it. */
export function asked(q: LoggedQuestion): Html {
  return q.followUp ? html`${q.question.trim()}<br><span class="muted">追问，按“${q.resolved}”理解</span>` : html`${q.question.trim()}`;
}
