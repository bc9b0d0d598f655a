/** The eight kinds of 社情民意信息 (报送办法 第五部分), used by the intake and by the answers about them. */
export const OPINION_CATEGORIES = ['经济发展', '民生保障', '社会治理', '生态环境', '教育文化', '医疗卫生', '城乡建设', '其他'] as const;
export type OpinionCategory = (typeof OPINION_CATEGORIES)[number];

export function isOpinionCategory(value: unknown): value is OpinionCategory {
  return (OPINION_CATEGORIES as readonly unknown[]).includes(value);
}
