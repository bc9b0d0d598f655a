import type { Context } from 'hono';
import { html } from 'hono/html';
import type { SignInRefusal } from '../../staff/staff-access.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html } from '../layout/page.ts';

export const REFUSALS: Record<SignInRefusal, { title: string; text: string }> = {
  unknown: { title: '登录链接无效', text: '这个登录链接无效。请在与助手的私聊中重新发送“登录工作台”获取新链接。' },
  used: { title: '登录链接已使用', text: '这个登录链接已经用过，每个链接只能使用一次。请在与助手的私聊中重新发送“登录工作台”获取新链接。' },
  expired: { title: '登录链接已过期', text: '这个登录链接已过期（10 分钟内有效）。请在与助手的私聊中重新发送“登录工作台”获取新链接。' },
  'not-staff': { title: '没有权限', text: '您的账号没有使用工作台的权限。如有疑问，请联系市政协办公室。' },
  throttled: { title: '尝试次数过多', text: '登录尝试次数过多，请 15 分钟后再试。' },
  'wrong-password': { title: '登录失败', text: '名称或密码不正确。' },
};

/** The sign-in page: how to get a link from chat, and the administrators' password form. */
export function signInPage(c: Context<WorkbenchEnv>, options: { error?: string; name?: string; signedOut?: boolean } = {}): Html {
  return page(c, {
    title: '登录',
    flash: options.error ? { kind: 'error', text: options.error } : options.signedOut ? { kind: 'ok', text: '已退出工作台。' } : null,
    body: html`<section class="card message">
      <h1>登录工作台</h1>
      <p>工作人员请在与助手的<strong>私聊</strong>中发送“登录工作台”，打开收到的链接即可登录。链接 10 分钟内有效，只能使用一次，请勿转发。</p>
      <h2>管理员密码登录</h2>
      <form method="post" action="/login">
        ${csrfField(c)}
        <div class="field"><label for="name">名称</label><input type="text" id="name" name="name" autocomplete="username" required maxlength="20" value="${options.name ?? ''}"></div>
        <div class="field"><label for="password">密码</label><input type="password" id="password" name="password" autocomplete="current-password" required maxlength="200"></div>
        <div class="actions"><button type="submit" class="primary">登录</button></div>
      </form>
    </section>`,
  });
}

/**
 * Opening a link only shows this button; the token is spent by pressing it. Chat apps fetch the
 * links in messages for previews, and a GET that signed in would spend the link before staff click.
 */
export function confirmLinkPage(c: Context<WorkbenchEnv>, token: string): Html {
  return page(c, {
    title: '登录',
    body: html`<section class="card message">
      <h1>登录工作台</h1>
      <p>点“登录”进入工作台。如果这不是您本人刚刚在私聊中获取的链接，请关闭本页。</p>
      <form method="post" action="/login/link">
        ${csrfField(c)}
        <input type="hidden" name="token" value="${token}">
        <div class="actions"><button type="submit" class="primary">登录</button></div>
      </form>
    </section>`,
  });
}
