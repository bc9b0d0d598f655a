/**
 * A new member describes a kind of the committee's work in plain words, not knowing its name:
 * "那种反映老百姓问题往上报的小材料" is 社情民意, "每年开大会时交的建议" is 提案. Read as the name.
 */
const DESCRIBED: ReadonlyArray<[RegExp, string]> = [
  [/(?:那种|那个|就是)?(?:反映|上报|往上报)[^，,。？?！!\s]{0,6}?(?:问题|情况|呼声|意见|心声|民情|民意)[^，,。？?！!\s]{0,6}?(?:小)?(?:材料|东西|稿子|短文)/gu, '社情民意'],
  [/(?:那种|那个|就是)?(?:每年)?(?:开大会|开全会|开两会|大会|全会|两会)(?:的时候|时候|时|期间|上)?(?:交|提|递|写)(?:上去|上来)?的?(?:那种|那个|那些)?(?:书面)?(?:建议|意见)/gu, '提案'],
];

export function withTermsDescribedNamed(text: string): string {
  return DESCRIBED.reduce((done, [pattern, term]) => done.replace(pattern, term), text);
}
