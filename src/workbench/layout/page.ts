import type { Context } from 'hono';
import { html } from 'hono/html';
import type { WorkbenchEnv } from '../deps.ts';

/** What a page body is: hono's html`` output, escaped as it is built. */
export type Html = ReturnType<typeof html>;

export interface PageOptions {
  title: string;
  body: Html;
  /** Scripts served from /assets (never inline: the CSP forbids it), e.g. the charts. */
  scripts?: readonly string[];
  /** A one-line notice above the page, e.g. after a change was saved. */
  flash?: { kind: 'ok' | 'error'; text: string } | null;
}

/**
 * The one layout of every workbench page: a top bar with the navigation (wrapping into a scrollable
 * row on a phone), who is signed in with 退出, and the page. Every value is escaped by html``.
 */
export function page(c: Context<WorkbenchEnv>, options: PageOptions): Html {
  const { viewer, nav, csrf, deps } = c.var;
  const path = c.req.path;
  const current = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} · ${deps.botName}工作台</title>
<link rel="stylesheet" href="/assets/workbench.css">
<link rel="icon" href="data:,">
${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<header class="topbar">
  <a class="brand" href="/">${deps.botName}<span class="brand-sub">工作台</span></a>
  ${viewer?.role
    ? html`<nav class="nav" aria-label="主导航">
        ${nav.map((item) => html`<a href="${item.href}"${current(item.href) ? html` aria-current="page"` : ''}>${item.label}</a>`)}
      </nav>`
    : ''}
  ${viewer
    ? html`<form class="who" method="post" action="/logout">
        <span class="who-name">${viewer.name}</span>
        <input type="hidden" name="_csrf" value="${csrf}">
        <button type="submit" class="link-button">退出</button>
      </form>`
    : ''}
</header>
<main class="main">
${options.flash ? html`<p class="flash flash-${options.flash.kind}" role="status">${options.flash.text}</p>` : ''}
${options.body}
</main>
</body>
</html>`;
}

/** A page that only says something: a refusal, an expired link, a form that came too late. */
export function messagePage(c: Context<WorkbenchEnv>, message: { title: string; text: string; link?: { href: string; label: string } }): Html {
  return page(c, {
    title: message.title,
    body: html`<section class="card message">
      <h1>${message.title}</h1>
      <p>${message.text}</p>
      ${message.link ? html`<p><a class="button" href="${message.link.href}">${message.link.label}</a></p>` : ''}
    </section>`,
  });
}

/** The hidden field every form of a session carries (guard.ts checks it). */
export function csrfField(c: Context<WorkbenchEnv>): Html {
  return html`<input type="hidden" name="_csrf" value="${c.var.csrf}">`;
}
