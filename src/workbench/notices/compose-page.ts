import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Notice, NoticeTargets } from '../../notices/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html } from '../layout/page.ts';
import { NOTICE_FIELD_LIMITS as LIMITS } from '../../notices/field-limits.ts';
import { describeTargets } from '../../notices/targets-text.ts';
import type { ComposeForm } from './compose-form.ts';
import { href } from './view.ts';

/** The registry's 界别 and 专委会, for the target picker's checkboxes. */
export interface PickerChoices {
  sectors: string[];
  committees: string[];
}

export async function pickerChoices(c: Context<WorkbenchEnv>): Promise<PickerChoices> {
  const members = await c.var.deps.members.list();
  const distinct = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { sectors: distinct(members.map((m) => m.sector)), committees: distinct(members.map((m) => m.committee)) };
}

function problemsList(problems: readonly string[]): Html {
  if (problems.length === 0) return html``;
  return html`<div class="flash flash-error" role="alert"><p>请修改以下内容：</p><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>`;
}

/** Title, time, place, scope, body, reply and deadline: the part of a notice that can be changed later. */
export function fieldInputs(form: ComposeForm): Html {
  const input = (name: 'title' | 'time' | 'place' | 'scope', label: string, hint: string, required = true) =>
    html`<div class="field"><label for="${name}">${label}</label><input type="text" id="${name}" name="${name}" maxlength="${LIMITS[name]}" value="${form[name]}" placeholder="${hint}"${required ? html` required` : ''}></div>`;
  return html`${input('title', '标题', '关于召开市政协十四届常委会第十次会议的通知')}
    <div class="field-row">
      ${input('time', '会议时间', '12月5日上午9:00')}
      ${input('place', '地点', '市民之家三楼会议室')}
    </div>
    ${input('scope', '参会范围', '全体常委', false)}
    <div class="field"><label for="body">正文（议程、注意事项等）</label><textarea id="body" name="body" maxlength="${LIMITS.body}" required>${form.body}</textarea></div>
    <fieldset class="field choices">
      <legend>是否需要回执</legend>
      <label class="inline"><input type="radio" name="needsReply" value="是"${form.needsReply !== '否' ? html` checked` : ''}> 需要（委员回复参加 / 请假）</label>
      <label class="inline"><input type="radio" name="needsReply" value="否"${form.needsReply === '否' ? html` checked` : ''}> 不需要</label>
    </fieldset>
    <div class="field"><label for="replyBy">回执截止时间（需要回执时填写，北京时间）</label><input type="datetime-local" id="replyBy" name="replyBy" value="${form.replyBy}"></div>`;
}

function checkboxes(name: string, legend: string, values: readonly string[], chosen: readonly string[]): Html {
  const all = [...values, ...chosen.filter((v) => !values.includes(v))];
  if (all.length === 0) return html`<p class="muted">${legend}：委员名单中还没有${legend}。</p>`;
  return html`<fieldset class="choices">
    <legend>${legend}</legend>
    ${all.map((value) => html`<label class="inline"><input type="checkbox" name="${name}" value="${value}"${chosen.includes(value) ? html` checked` : ''}> ${value}</label>`)}
  </fieldset>`;
}

/** 全体 / 界别 / 专委会 / named members / groups: the union of every part ticked or typed. */
function targetPicker(form: ComposeForm, choices: PickerChoices): Html {
  return html`<fieldset class="card targets">
    <legend>发送对象（可多选，取合集）</legend>
    <label class="inline"><input type="checkbox" name="all" value="yes"${form.all ? html` checked` : ''}> 全体委员</label>
    ${checkboxes('sector', '界别', choices.sectors, form.sectors)}
    ${checkboxes('committee', '专委会', choices.committees, form.committees)}
    <div class="field"><label for="members">指定委员（姓名，用顿号或逗号分隔）</label><input type="text" id="members" name="members" maxlength="${LIMITS.targets}" value="${form.members}" placeholder="张三、李四"></div>
    <div class="field"><label for="groups">群（渠道:群ID，多个用逗号分隔）</label><input type="text" id="groups" name="groups" maxlength="${LIMITS.groups}" value="${form.groups}" placeholder="wechat:123@chatroom, telegram:-100123"></div>
  </fieldset>`;
}

export function composePage(c: Context<WorkbenchEnv>, form: ComposeForm, choices: PickerChoices, problems: readonly string[] = []): Html {
  return page(c, {
    title: '写新通知',
    body: html`<p><a href="/notices">← 返回通知列表</a></p>
      <h1>写新通知</h1>
      ${problemsList(problems)}
      <form method="post" action="/notices/preview" class="compose">
        ${csrfField(c)}
        <section class="card">${fieldInputs(form)}</section>
        ${targetPicker(form, choices)}
        <div class="actions"><button type="submit" class="primary">预览</button><a class="button plain" href="/notices">放弃</a></div>
      </form>`,
  });
}

/** The form as hidden fields: the preview's buttons post exactly what was previewed. */
function hiddenForm(form: ComposeForm): Html {
  const one = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}">`;
  return html`${(['title', 'time', 'place', 'scope', 'body', 'needsReply', 'replyBy', 'members', 'groups'] as const).map((name) => one(name, form[name]))}
    ${form.all ? one('all', 'yes') : ''}
    ${form.sectors.map((v) => one('sector', v))}
    ${form.committees.map((v) => one('committee', v))}`;
}

/** Whom the targets reach as the registry stands now (sending resolves them again). */
export interface Reach {
  names: string[];
  unbound: number;
  groups: number;
  /** Names typed under 指定委员 that match nobody in the registry. */
  unknown: string[];
}

const NAMES_SHOWN = 60;

export function previewPage(c: Context<WorkbenchEnv>, form: ComposeForm, message: string, targets: NoticeTargets, reach: Reach): Html {
  const nobody = reach.names.length === 0 && reach.groups === 0;
  const more = reach.names.length > NAMES_SHOWN ? `等 ${reach.names.length} 人` : '';
  return page(c, {
    title: '预览会议通知',
    body: html`<h1>预览会议通知</h1>
      ${reach.unknown.length ? html`<p class="flash flash-error" role="alert">委员名单中没有：${reach.unknown.join('、')}。请核对姓名，或返回修改。</p>` : ''}
      <div class="detail">
        <section class="card" aria-labelledby="as-sent">
          <h2 id="as-sent">委员收到的消息</h2>
          <p class="text message-preview">${message}</p>
        </section>
        <section class="card" aria-labelledby="reach">
          <h2 id="reach">发送对象</h2>
          <p>${describeTargets(targets)}</p>
          <p>共 <strong>${reach.names.length}</strong> 位委员${reach.unbound ? `（其中 ${reach.unbound} 位未绑定聊天账号，无法送达）` : ''}${reach.groups ? `，${reach.groups} 个群` : ''}。</p>
          ${reach.names.length ? html`<p class="muted names-line">${reach.names.slice(0, NAMES_SHOWN).join('、')}${more}</p>` : ''}
          ${nobody ? html`<p class="flash flash-error">没有符合条件的委员，无法发送。请返回修改发送对象。</p>` : ''}
        </section>
      </div>
      <form method="post" action="/notices/send">
        ${csrfField(c)}
        ${hiddenForm(form)}
        <div class="actions">
          <button type="submit" class="primary"${nobody ? html` disabled` : ''}>发送</button>
          <button type="submit" class="secondary" formaction="/notices/draft"${nobody ? html` disabled` : ''}>存为草稿</button>
          <button type="submit" class="secondary" formaction="/notices/new" formnovalidate>返回修改</button>
        </div>
      </form>`,
  });
}

/** Changing a notice's time, place or other fields; its targets stay as sent. */
export function editPage(c: Context<WorkbenchEnv>, notice: Notice, form: ComposeForm, problems: readonly string[] = []): Html {
  const told = notice.status === '已发送' ? '保存后，已收到通知的委员会收到“通知变更”消息（以变更后的内容为准）。' : '通知尚未发送，修改后再发送。';
  return page(c, {
    title: `修改通知 ${notice.id}`,
    body: html`<p><a href="${href(notice.id)}">← 返回通知</a></p>
      <h1>修改通知 ${notice.id}</h1>
      ${problemsList(problems)}
      <p class="muted">${told}发送对象不能修改：${describeTargets(notice.targets)}。</p>
      <form method="post" action="${href(notice.id)}/edit">
        ${csrfField(c)}
        <section class="card">${fieldInputs(form)}</section>
        <div class="actions"><button type="submit" class="primary">${notice.status === '已发送' ? '保存并通知委员' : '保存'}</button><a class="button plain" href="${href(notice.id)}">放弃</a></div>
      </form>`,
  });
}
