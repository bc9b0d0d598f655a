import type { OpinionFields } from '../types.ts';
import { trimSeparators } from './text.ts';

/** Finding the labelled parts of a pasted submission: 标题：…, 【标题】…, 一、标题 …, a bare heading line. */

type Field = keyof OpinionFields;

/** How members name each field ("4、本人：吴某，民进，139…" signs a numbered list). */
const LABEL_NAMES: Record<Field, readonly string[]> = {
  title: ['标题', '标提', '题目', '主题', '信息标题', 'Title', 'title', 'TITLE'],
  // With the sound-alike typos of pinyin input and voice (问提, 建意, 意见减一, 反应人, 标提).
  situation: ['反映的问题', '反映问题', '反映的情况', '情况与问题', '情况和问题', '情况与问提', '情况和问提', '问题与情况', '基本情况', '存在问题', '主要问题', '具体情况', '反映内容', '问题描述', '情况描述', '情况说明', '存在的问题', '主要情况', '原因是', '原因', '理由是', '理由', '现象', '现状', '情况', '问题', 'Problem', 'problem', 'Situation', 'situation', 'Issue', 'issue'],
  suggestion: ['意见建议', '意见建意', '意见减一', '意见建义', '意见和建议', '意见与建议', '对策建议', '建议措施', '解决思路', '解决办法', '解决方案', '解决措施', '解决建议', '措施建议', '对策措施', '几点建议', '我的建议', '对策', '建议', '意见', 'Suggestion', 'suggestion', 'Suggestions', 'suggestions', 'Proposal', 'proposal'],
  category: ['类别', '分类', '类型', '所属类别', '信息类别'],
  name: ['反映人', '反应人', '返映人', '本人', '姓名', '提交人', '报送人', '联系人', '撰写人', '撰稿人', '执笔人', 'Name', 'name'],
  sector: ['界别', '所在界别', 'Sector', 'sector', 'Party', 'party'],
  phone: ['联系电话', '联系方式', '联系手机', '手机号码', '手机号', '手机', '电话', 'Phone', 'phone', 'Tel', 'tel', 'Mobile', 'mobile'],
  signed: ['是否同意署名报送', '是否同意署名', '是否署名报送', '是否署名', '同意署名报送', '署名报送', '署名', 'Sign', 'sign', 'Signed', 'signed'],
};

/** Fields whose value is the rest of the label's line; later lines are free text again. */
const ONE_LINE: ReadonlySet<Field> = new Set(['title', 'category', 'name', 'sector', 'phone', 'signed']);
const CONTACT_FIELDS: ReadonlySet<Field> = new Set(['name', 'sector', 'phone']);

const FIELD_BY_NAME = new Map<string, Field>(
  (Object.entries(LABEL_NAMES) as Array<[Field, readonly string[]]>).flatMap(([field, names]) => names.map((name) => [name, field] as const)),
);

// Longest first, so 联系电话 is read before 电话 and 情况与问题 before 问题.
const NAMES = [...FIELD_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
const NUMBERING = String.raw`(?:[①-⑳][、.．]?|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．)）]|[（(][一二三四五六七八九十\d]{1,2}[）)])`;
const BOUNDARY = String.raw`(?<=^|[\n\r，,；;。!！?？\s])`;
const LABEL = new RegExp(
  [
    String.raw`[【\[](?<bracketed>${NAMES})[】\]][ \t]*[:：]?`,
    // "先说我的建议：", "说下情况：": the member announcing the part they give next.
    // "我的建议是两条：": how many, between the name and its colon.
    String.raw`${BOUNDARY}(?:(?:先|再|然后|接着|下面)?(?:说|讲)(?:一?下)?)?(?:${NUMBERING}[ \t]*)?(?<colon>${NAMES})(?:(?:是|有)[两三四五几](?:条|点))?[ \t]*[:：]`,
    String.raw`(?<=^|\n)[ \t]*${NUMBERING}[ \t]*(?<numbered>${NAMES})(?:[ \t]+|(?=\r?\n|$))`,
    String.raw`(?<=^|\n)[ \t]*(?<heading>${NAMES})[ \t]*(?=\r?\n|$)`,
    // "标题 关于……" / "意见建议 街道组织……": a line opening with the field's name and a space.
    String.raw`(?<=^|\n)[ \t]*(?<spaced>${NAMES})[ \t]+(?=\S)`,
  ].join('|'),
  'g',
);

export interface LabelledValue {
  field: Field;
  value: string;
}

/** The labelled values in order, and the unlabelled text around them (preamble, lines after one-line fields). */
export function readLabels(text: string): { values: LabelledValue[]; free: string[] } {
  const matches = [...text.matchAll(LABEL)];
  const free = [text.slice(0, matches[0]?.index ?? text.length)];
  const values: LabelledValue[] = [];
  matches.forEach((match, i) => {
    const groups = match.groups ?? {};
    const name = groups.bracketed ?? groups.colon ?? groups.numbered ?? groups.heading ?? groups.spaced ?? '';
    const field = FIELD_BY_NAME.get(name);
    if (!field) return;
    const body = text.slice(match.index + match[0].length, matches[i + 1]?.index ?? text.length);
    if (ONE_LINE.has(field)) {
      // A heading line (一、标题) puts the value on the next line.
      const [whole = '', read = ''] = /^[ \t]*(?:\r?\n\s*)?([^\r\n]*)/.exec(body) ?? [];
      // "我是民盟的徐丽，电话：135……。城南路口……": a contact detail ends with its sentence; the story goes on after it.
      const end = CONTACT_FIELDS.has(field) ? /[。！？!?；;]/u.exec(read) : null;
      const value = end ? read.slice(0, end.index) : read;
      const line = end ? whole.slice(0, whole.length - read.length + end.index + 1) : whole;
      // "署名" or "4、同意署名报送" on a line of its own states consent; "是否同意署名：" asks for it.
      const states = field === 'signed' && !groups.colon && /^(?:同意)?署名(?:报送)?$/u.test(name) && trimSeparators(value) === '';
      values.push({ field, value: states ? '同意' : trimSeparators(value) });
      free.push(body.slice(line.length));
    } else {
      // Separators before a label on the same line belong to the layout, not to the value.
      const sameLine = i < matches.length - 1 && !body.slice(body.trimEnd().length).includes('\n');
      values.push({ field, value: sameLine ? trimSeparators(body) : body.trim() });
    }
  });
  return { values: values.filter(({ value }) => value !== ''), free: free.map((part) => part.trim()).filter((part) => part !== '') };
}
