import type { Context } from 'hono';
import { html } from 'hono/html';
import { parseAccountKey } from '../../members/account.ts';
import type { Member, MemberRole } from '../../members/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { messagePage, type Html } from '../layout/page.ts';

/** Pieces the 委员 pages share. */

export const ROLE_LABEL: Readonly<Record<MemberRole, string>> = { member: '委员', staff: '工作人员' };

const CHANNEL_LABEL: Readonly<Record<string, string>> = { wechat: '微信', telegram: 'Telegram', console: '控制台' };

/** Member ids (M0001) are generated, never a name or a phone, so they may stand in a URL. */
export function href(id: string): string {
  return `/members/${encodeURIComponent(id)}`;
}

/** How a member's chat accounts are bound, as the list and the detail page show it. */
export interface Binding {
  accounts: string[];
  lockedSince: Date | null;
}

export type BindingState = 'bound' | 'unbound' | 'locked';

export function bindingState(binding: Binding): BindingState {
  if (binding.accounts.length > 0) return 'bound';
  return binding.lockedSince ? 'locked' : 'unbound';
}

export function channelOf(account: string): string {
  const parsed = parseAccountKey(account);
  return parsed ? (CHANNEL_LABEL[parsed.channel] ?? parsed.channel) : account;
}

export function bindingBadge(binding: Binding): Html {
  const channels = [...new Set(binding.accounts.map(channelOf))].join('、');
  const lock = binding.lockedSince ? html` <span class="badge badge-no">绑定已锁定</span>` : html``;
  if (binding.accounts.length > 0) return html`<span class="badge badge-done">已绑定 ${channels}</span>${lock}`;
  return binding.lockedSince ? html`<span class="badge badge-no">绑定已锁定</span>` : html`<span class="badge">未绑定</span>`;
}

export function roleBadge(role: MemberRole): Html {
  return html`<span class="${role === 'staff' ? 'badge badge-new' : 'badge'}">${ROLE_LABEL[role]}</span>`;
}

/** The member a route's :id names, or a 404 page to return. */
export async function loadMember(c: Context<WorkbenchEnv>): Promise<Member | Response> {
  const id = (c.req.param('id') ?? '').toUpperCase();
  const member = /^M\d{4,}$/.test(id) ? await c.var.deps.members.get(id) : null;
  if (member) return member;
  return c.html(messagePage(c, { title: '未找到', text: '名单中没有这位委员，编号形如 M0001。', link: { href: '/members', label: '返回名单' } }), 404);
}

/** A posted form field as text, trimmed and cut to `max` characters. */
export function field(form: Record<string, unknown>, name: string, max: number): string {
  const value = form[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}
