import { suggestCategory } from '../shared/categories/categorize.ts';
import { OPINION_CATEGORIES, type OpinionCategory } from '../shared/categories/opinion-category.ts';

/**
 * "反映小区物业乱收费的，类别该选哪一个": which category a member's own matter goes under. The
 * rules list the categories with what each covers; the matter is read as the intake reads a
 * report, so the answer names the category the intake would give it.
 */

/**
 * Which category is asked: "类别该选哪个", "该选啥类别", "归到哪一类", "类别是选社会治理还是民生保障",
 * "选类别的时候懵了 该点哪个".
 */
const ASKS_CATEGORY = /(?:类别|类)[^，,。？?！!\s]{0,4}(?:选|填|归|算|属于)?(?:哪|啥|什么)|(?:选|填|归|算|属于|分|放)(?:到|在|进|入)?(?:哪|啥|什么)(?:一|个)?(?:类|类别)|类别[^，,。？?！!\s]{0,3}(?:选|填|归|算|属于)[^，,。？?！!\s]{2,8}还是|(?:选|填)类别[^。？?！!]{0,10}(?:该|要|得)?(?:点|选|填)(?:哪|啥)/u;

/** "拿不准", "选错了要紧不", "随便选一个": a doubt, which the rule for an unsure category answers. */
const UNSURE = /拿不准|吃不准|拎不清|搞不清|分不清|不晓得|不知道|选错|随便|要紧|咋整|怎么办|咋办|有影响/u;

/** The category the matter told in the question goes under, when the question asks which one. */
export function categoryOfTheMatter(question: string): OpinionCategory | undefined {
  if (!ASKS_CATEGORY.test(question) || UNSURE.test(question)) return undefined;
  // The categories the member weighs ("选社会治理还是民生保障") are options, not the matter.
  const matter = OPINION_CATEGORIES.reduce((text, category) => text.replaceAll(category, '，'), question);
  const { category } = suggestCategory({ situation: matter });
  return category === '其他' ? undefined : category;
}

/** The rules' list item for the category: "（三）社会治理：基层治理、社区和物业管理……". */
export function isTheCategoryItem(sentence: string, category: OpinionCategory | undefined): boolean {
  return category !== undefined && new RegExp(`^\\s*[（(][一二三四五六七八九十]+[）)]\\s*${category}[：:]`, 'u').test(sentence);
}

/** Whether a passage lists the category's item, on a line of its own. */
export function holdsTheCategoryItem(text: string, category: OpinionCategory): boolean {
  return text.split(/\n/u).some((line) => isTheCategoryItem(line, category));
}
