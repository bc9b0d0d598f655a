import { formatChinaDateTime } from '../../china-time.ts';
import { OPINION_FIELD_LABELS as LABEL, type Opinion, type StatusChange } from '../../opinions/types.ts';

/** Code point ranges a terminal draws two columns wide: CJK, Hangul, full-width forms. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Exactly `width` columns: padded with spaces, or cut with … when longer. */
export function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const full = displayWidth(flat);
  if (full <= width) return flat + ' '.repeat(width - full);
  let kept = '';
  let used = 0;
  for (const char of flat) {
    if (used + charWidth(char) > width - 1) break;
    kept += char;
    used += charWidth(char);
  }
  return `${kept}…${' '.repeat(width - used - 1)}`;
}

/** Staff see the name even when unsigned, marked, so they do not put it in what goes out. */
function reporter(opinion: Opinion): string {
  return opinion.fields.signed ? opinion.fields.name : `${opinion.fields.name}（不署名）`;
}

const COLUMNS: [header: string, width: number, value: (o: Opinion) => string][] = [
  ['编号', 15, (o) => o.number],
  ['状态', 12, (o) => o.status],
  ['类别', 8, (o) => o.fields.category],
  ['标题', 32, (o) => o.fields.title],
  ['反映人', 16, reporter],
  ['提交时间', 16, (o) => formatChinaDateTime(o.createdAt)],
];

export function renderList(opinions: readonly Opinion[]): string {
  if (opinions.length === 0) return '没有符合条件的社情民意信息。';
  const row = (cells: string[]) => cells.map((cell, i) => fit(cell, COLUMNS[i]![1])).join('  ').trimEnd();
  const lines = [row(COLUMNS.map(([header]) => header)), ...opinions.map((o) => row(COLUMNS.map(([, , value]) => value(o))))];
  return `${lines.join('\n')}\n共 ${opinions.length} 条。`;
}

function renderChange(change: StatusChange): string {
  const step = change.from ? `${change.from} → ${change.to}` : change.to;
  const note = change.note ? `  说明：${change.note}` : '';
  return `  ${formatChinaDateTime(change.at)}  ${step}  ${change.from ? '操作人' : '提交人'}：${change.actor}${note}`;
}

export function renderOpinion(opinion: Opinion): string {
  const { fields } = opinion;
  return [
    `${opinion.number}  ${LABEL.title}：${fields.title}`,
    `状态：${opinion.status}${opinion.statusNote ? `（${opinion.statusNote}）` : ''}`,
    `${LABEL.category}：${fields.category}`,
    `${LABEL.name}：${fields.name}  ${LABEL.sector}：${fields.sector}  ${LABEL.phone}：${fields.phone}`,
    `${LABEL.signed}：${fields.signed ? '是' : '否'}`,
    `委员ID：${opinion.memberId}  渠道：${opinion.channel}`,
    `提交时间：${formatChinaDateTime(opinion.createdAt)}  更新时间：${formatChinaDateTime(opinion.updatedAt)}`,
    '',
    `【${LABEL.situation}】`,
    fields.situation,
    '',
    `【${LABEL.suggestion}】`,
    fields.suggestion,
    '',
    '【办理记录】',
    ...opinion.history.map(renderChange),
  ].join('\n');
}
