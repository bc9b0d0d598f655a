import { isPersonName } from './person-name.ts';

/**
 * A secretary or relative submitting for a member says so first: "我是李红梅委员的秘书，帮李委员
 * 报送一条社情民意：". That line frames the report; it is no part of the story, and the member it
 * names is who reports it when no signature says otherwise.
 */
// "我是市政协委员孙建国的秘书小林，受孙委员委托报送一条社情民意": the title may come first, the helper's name after.
const WRITTEN_FOR =
  /(?<=^|[，,。！!\n\s]|您好|你好)(?:我是)?(?:(\p{Script=Han}{1,4}?)(?:委员|常委)|(?:\p{Script=Han}{0,6}?政协)?(?:委员|常委)(\p{Script=Han}{2,4}?))的(?:秘书|助理|工作人员|联络员|司机|家属|爱人|儿子|女儿)(?:[小老]\p{Script=Han}|\p{Script=Han}{2,3}(?=[，,。\s]))?[，,。\s]*(?:(?:(?:\p{Script=Han}{1,4}?(?:委员|常委))?(?:让|叫|托)我)?(?:帮|替|代)(?:他|她|\p{Script=Han}{1,4}?(?:委员|常委))|受\p{Script=Han}{1,4}?(?:委员|常委)?(?:的)?委托)(?:报送|报|反映|提交|上报|发)(?:一下|一条|一个|个|条)?(?:社情民意|情况|问题|建议)?(?:信息)?[：:，,。！!]?/u;

export function withoutWrittenFor(text: string): string {
  return text.replace(WRITTEN_FOR, '');
}

/** The member the report is written for, when named in full ("李红梅委员"); not a bare 李委员. */
export function memberWrittenFor(text: string): string | undefined {
  const found = WRITTEN_FOR.exec(text);
  const member = found?.[1] ?? found?.[2];
  return member && isPersonName(member) ? member : undefined;
}
