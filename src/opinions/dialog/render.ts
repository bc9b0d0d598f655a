import { formatChinaDateTime } from '../../china-time.ts';
import type { Choice } from '../../conversation/types.ts';
import { OPINION_CATEGORIES, OPINION_FIELD_LABELS, type Opinion, type OpinionFields } from '../types.ts';

/** Every text the opinion dialog shows, in one place so the wording stays consistent. */

/** 2026-11-23 14:05, in China time whatever the server's zone. */
export const chinaTime = formatChinaDateTime;

function value(fields: Partial<OpinionFields>, field: keyof OpinionFields): string {
  const v = fields[field];
  // Consent is chosen at the preview, with the choices under it.
  if (field === 'signed') return v === undefined ? '（请选择）' : v ? '同意' : '不同意';
  if (v === undefined || v === '') return '（未填写）';
  return String(v);
}

export const PREVIEW_CHOICES: Choice[] = [
  { label: '确认提交', value: '确认提交' },
  { label: '取消', value: '取消' },
];

/** Consent asked with the preview: choosing submits. */
export const CONSENT_CHOICES: Choice[] = [
  { label: '同意署名并提交', value: '同意署名' },
  { label: '不署名并提交', value: '不署名' },
  { label: '取消', value: '取消' },
];

export const CONSENT_LINE =
  '核对无误后，请选择是否同意署名报送，选择后即提交：回复“同意署名”或“不署名”。需要修改直接告诉我，例如“标题改成……”“电话写错了，是139……”；回复“取消”放弃。';

/** A confirmation at a preview that still asks for consent gets this one question. */
export const CONSENT_QUESTION = { text: '提交前请选择：是否同意署名报送？', choices: CONSENT_CHOICES.slice(0, 2) };

export function previewChoices(fields: Partial<OpinionFields>): Choice[] {
  return fields.signed === undefined ? CONSENT_CHOICES : PREVIEW_CHOICES;
}

export const CATEGORY_CHOICES: Choice[] = OPINION_CATEGORIES.map((category) => ({ label: category, value: category }));

export function renderFields(fields: Partial<OpinionFields>): string {
  return [
    `【标题】${value(fields, 'title')}`,
    `【情况与问题】${value(fields, 'situation')}`,
    `【意见建议】${value(fields, 'suggestion')}`,
    `【类别】${value(fields, 'category')}`,
    `【反映人】${value(fields, 'name')}　【界别】${value(fields, 'sector')}`,
    `【联系电话】${value(fields, 'phone')}`,
    `【是否同意署名报送】${value(fields, 'signed')}`,
  ].join('\n');
}

export function renderPreview(fields: Partial<OpinionFields>, tips: string[], similar: Opinion[]): string {
  const lines = ['请核对您的社情民意信息：', renderFields(fields)];
  if (tips.length > 0) lines.push('', '完善建议（可选）：', ...tips.map((tip) => `· ${tip}`));
  for (const earlier of similar.slice(0, 2)) {
    lines.push(
      '',
      `提示：${chinaTime(earlier.createdAt).slice(0, 10)} 已有相似的社情民意信息《${earlier.fields.title}》（${earlier.number}，${earlier.status}）。如是同一件事，可不必重复提交。`,
    );
  }
  lines.push('', fields.signed === undefined ? CONSENT_LINE : '核对无误请回复“确认提交”；需要修改请回复“修改 字段 新内容”，例如“修改 标题 关于……的建议”；回复“取消”放弃。');
  return lines.join('\n');
}

export function renderReceipt(opinion: Opinion): string {
  return [
    `已提交成功，编号：${opinion.number}`,
    `《${opinion.fields.title}》已送市政协办公室，当前状态：${opinion.status}。`,
    `发送“查询 ${opinion.number}”可查看办理进度，发送“我的社情民意”可查看您提交的全部信息。感谢您积极履职！`,
  ].join('\n');
}

/** The same title and situation sent again within a day: the number it already has, none new. */
export function renderSameContent(opinion: Opinion): string {
  return [
    `这条内容与您 ${chinaTime(opinion.createdAt)} 提交的 ${opinion.number} 相同，已有编号，不再重复提交。`,
    `《${opinion.fields.title}》当前状态：${opinion.status}。发送“查询 ${opinion.number}”可查看办理进度；如有新的情况，请在内容中写明后再提交。`,
  ].join('\n');
}

export function renderList(opinions: Opinion[]): string {
  if (opinions.length === 0) return '您还没有提交过社情民意信息。发送“我想反映社情民意”即可开始填写。';
  const rows = opinions.map((o) => `· ${o.number}【${o.status}】${o.fields.title}（${chinaTime(o.createdAt).slice(0, 10)}）`);
  return [`您共提交了 ${opinions.length} 条社情民意信息：`, ...rows, '', '发送“查询 编号”查看详情。'].join('\n');
}

export function renderDetail(opinion: Opinion): string {
  const history = opinion.history.map((h) => `· ${chinaTime(h.at)} ${h.to}${h.note ? `：${h.note}` : ''}`);
  return [
    `${opinion.number}（${opinion.status}）`,
    renderFields(opinion.fields),
    `【提交时间】${chinaTime(opinion.createdAt)}`,
    '办理进度：',
    ...history,
  ].join('\n');
}

export const NOT_FOUND = (number: string) => `没有找到编号为 ${number} 的社情民意信息，或您无权查看。请核对编号，或发送“我的社情民意”查看您提交的信息。`;

export const fieldLabel = (field: keyof OpinionFields) => OPINION_FIELD_LABELS[field];
