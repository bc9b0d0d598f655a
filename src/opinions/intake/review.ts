import { OPINION_FIELD_NAMES, type OpinionFields } from '../types.ts';
import { fieldProblem } from './limits.ts';
import { CATEGORY_MENU } from './parse-answer.ts';
import { charCount, PLACE_WORD } from './text.ts';

/** What is still missing, what breaks a hard rule, and what would make the report stronger. */

type Field = keyof OpinionFields;

export interface FieldNote {
  field: Field;
  message: string;
}

export interface FieldReview {
  missing: Field[];
  problems: FieldNote[];
  nudges: FieldNote[];
}

const SHORT_SITUATION = 30;
const SHORT_SUGGESTION = 10;
/** Figures (digits, or Chinese numerals with a measure word) that back a report up. */
const FIGURES = /\d|[一二两三四五六七八九十百千万](?:个|名|人|户|位|次|年|月|天|所|条|辆|起|家|座|余|多)/;
/** What a suggestion says when it names no measure: 希望有关部门高度重视并尽快解决. */
const VAGUE_WORDS = /希望|建议|请|恳请|有关|相关|部门|政府|领导|高度|予以|引起|给予|能够|尽快|及早|早日|重视|关注|解决|处理|妥善|加强|管理|完善|并|和|此事|这个|该|问题|一下|落实|积极|切实|[\s\p{P}]/gu;

const QUESTIONS: Record<Field, string> = {
  title: '请给这条社情民意信息拟个标题，一般写成“关于……的建议”。',
  situation: '请说说情况与问题：什么事、发生在哪里、从什么时候开始、影响多少人。',
  suggestion: '您有什么意见建议？请尽量写明由哪个部门、采取什么措施。',
  category: `请选择类别，回复名称或序号：${CATEGORY_MENU}`,
  name: '请问反映人的姓名是？',
  sector: '请问您所在的界别是？',
  phone: '请留一个联系电话（手机或带区号的座机）。',
  signed: '是否同意署名报送？请回复“同意”或“不同意”。',
};
const COMPLETE = '内容已经齐全。请回复“预览”查看，核对无误后回复“确认提交”。';

function isEmpty(value: OpinionFields[Field] | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

function situationNudges(situation: string): string[] {
  // One combined nudge for a bare description instead of three small ones.
  if (charCount(situation) < SHORT_SITUATION) return ['建议写明具体地点、从什么时候开始、涉及多少人。'];
  return [
    ...(situation.search(PLACE_WORD) < 0 ? ['建议写明具体地点。'] : []),
    ...(FIGURES.test(situation) ? [] : ['如有涉及人数、时间等数据，写上会更有说服力。']),
  ];
}

function isVague(suggestion: string): boolean {
  return charCount(suggestion) < SHORT_SUGGESTION || suggestion.replace(VAGUE_WORDS, '') === '';
}

export function reviewFields(fields: Partial<OpinionFields>): FieldReview {
  const missing = OPINION_FIELD_NAMES.filter((field) => isEmpty(fields[field]));
  const problems: FieldNote[] = [];
  for (const field of OPINION_FIELD_NAMES) {
    const value = fields[field];
    const message = value === undefined || isEmpty(value) ? undefined : fieldProblem(field, value);
    if (message) problems.push({ field, message });
  }
  const nudges: FieldNote[] = [];
  if (fields.situation && !missing.includes('situation')) {
    for (const message of situationNudges(fields.situation)) nudges.push({ field: 'situation', message });
  }
  if (fields.suggestion && !missing.includes('suggestion') && isVague(fields.suggestion)) {
    nudges.push({ field: 'suggestion', message: '建议写得具体一些：由哪个部门、采取什么措施。' });
  }
  return { missing, problems, nudges };
}

/** The question that asks for one field. */
export function questionFor(field: Field): string {
  return QUESTIONS[field];
}

/** One question at a time, in the dialog's fixed order (OPINION_FIELD_NAMES). */
export function nextQuestion(missing: readonly Field[]): string {
  const field = OPINION_FIELD_NAMES.find((name) => missing.includes(name));
  return field ? QUESTIONS[field] : COMPLETE;
}
