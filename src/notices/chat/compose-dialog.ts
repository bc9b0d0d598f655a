import type { Choice, Reply } from '../../conversation/types.ts';
import { formatChinaDateTime as chinaTime } from '../../china-time.ts';
import { readNeedsReply } from '../needs-reply.ts';
import { NOTICE_FIELD_LIMITS as LIMITS } from '../field-limits.ts';
import { parseChinaTime } from '../parse-time.ts';
import { renderNoticeBody } from '../render.ts';
import { describeTargets, parseTargets } from '../targets-text.ts';
import type { NoticeFields, NoticeTargets } from '../types.ts';

/** Staff write a notice in private chat: a fixed array of steps and one persisted cursor. */

/** A notice being written: the fields so far and the step the dialog is at. */
export interface ComposeState {
  step: string;
  data: Record<string, string>;
}

interface Step {
  key: string;
  label: string;
  question: string;
  choices?: Choice[];
  /** The value to store, or an error message. */
  read(text: string, now: Date): { value: string } | { error: string };
  skip?(data: Record<string, string>): boolean;
}

const text = (max: number, label: string) => (answer: string) => {
  const value = answer.trim();
  if (!value) return { error: `${label}不能为空。` };
  return Array.from(value).length > max ? { error: `${label}请控制在 ${max} 字以内。` } : { value };
};

export const COMPOSE_STEPS: readonly Step[] = [
  { key: 'title', label: '标题', question: '请输入会议通知的标题，例如“关于召开市政协十四届常委会第十次会议的通知”。', read: text(LIMITS.title, '标题') },
  { key: 'time', label: '时间', question: '会议时间？例如“12月5日上午9:00”。', read: text(LIMITS.time, '时间') },
  { key: 'place', label: '地点', question: '会议地点？', read: text(LIMITS.place, '地点') },
  { key: 'scope', label: '参会范围', question: '参会范围？例如“全体常委”。', read: text(LIMITS.scope, '参会范围') },
  { key: 'body', label: '正文', question: '请输入通知正文（议程、注意事项等）。', read: text(LIMITS.body, '正文') },
  {
    key: 'needsReply',
    label: '是否需要回执',
    question: '是否需要委员回执（参加 / 请假）？请回复“是”或“否”。',
    choices: [
      { label: '需要回执', value: '是' },
      { label: '不需要', value: '否' },
    ],
    read: (answer) => {
      const yes = readNeedsReply(answer);
      return yes === undefined ? { error: '请回复“是”或“否”。' } : { value: yes ? '是' : '否' };
    },
  },
  {
    key: 'replyBy',
    label: '回执截止时间',
    question: '回执截止时间？例如“12月3日18:00”。',
    skip: (data) => data.needsReply === '否',
    read: (answer, now) => {
      const at = parseChinaTime(answer, now);
      if (!at) return { error: '没有看懂这个时间，请写成“12月3日18:00”或“2026-12-03 18:00”。' };
      return at <= now ? { error: '截止时间已经过去了，请重新输入。' } : { value: at.toISOString() };
    },
  },
  {
    key: 'targets',
    label: '发送对象',
    question: '发给谁？可写“全体委员”，或“界别：民盟、民建”“专委会：提案委”“委员：张三、李四”，多项用分号隔开。',
    read: (answer) => {
      const targets = parseTargets(answer);
      return targets ? { value: JSON.stringify(targets) } : { error: '没有看懂发送对象。请写“全体委员”，或“界别：民盟”“专委会：提案委”“委员：张三、李四”。' };
    },
  },
];

export const PREVIEW_CHOICES: Choice[] = [
  { label: '发送', value: '发送' },
  { label: '取消', value: '取消' },
];

export function nextStep(data: Record<string, string>): string {
  return COMPOSE_STEPS.find((step) => !step.skip?.(data) && data[step.key] === undefined)?.key ?? 'preview';
}

export function askStep(key: string): Reply {
  const step = COMPOSE_STEPS.find((s) => s.key === key);
  return step ? { text: step.question, ...(step.choices ? { choices: step.choices } : {}) } : { text: '' };
}

export function readStep(state: ComposeState, key: string, answer: string, now: Date): { data: Record<string, string> } | { error: string } {
  const step = COMPOSE_STEPS.find((s) => s.key === key);
  if (!step) return { error: '没有这一项。' };
  const read = step.read(answer, now);
  if ('error' in read) return read;
  const data = { ...state.data, [key]: read.value };
  if (key === 'needsReply' && read.value === '否') delete data.replyBy;
  return { data };
}

export function stepByLabel(label: string): string | null {
  const wanted = label.trim();
  return COMPOSE_STEPS.find((s) => s.label === wanted || s.label.startsWith(wanted) || (wanted === '对象' && s.key === 'targets'))?.key ?? null;
}

export function toNotice(data: Record<string, string>): { fields: NoticeFields; targets: NoticeTargets } {
  return {
    fields: {
      title: data.title ?? '',
      time: data.time ?? '',
      place: data.place ?? '',
      scope: data.scope ?? '',
      body: data.body ?? '',
      needsReply: data.needsReply === '是',
      replyBy: data.needsReply === '是' && data.replyBy ? new Date(data.replyBy) : null,
    },
    targets: JSON.parse(data.targets ?? 'null') as NoticeTargets,
  };
}

export function renderComposePreview(data: Record<string, string>): string {
  const { fields, targets } = toNotice(data);
  return [
    '请核对会议通知：',
    renderNoticeBody(fields),
    '',
    `回执：${fields.needsReply ? `需要，截止 ${fields.replyBy ? chinaTime(fields.replyBy) : ''}` : '不需要'}`,
    `发送对象：${describeTargets(targets)}`,
    '',
    '回复“发送”立即发出；“修改 项目 新内容”修改（如“修改 地点 市民之家三楼”）；“取消”放弃。',
  ].join('\n');
}
