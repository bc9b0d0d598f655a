import { OPINION_CATEGORIES, type OpinionCategory } from './opinion-category.ts';
import { CATEGORY_KEYWORDS } from './category-keywords.ts';
import { clauses } from '../clauses.ts';

/** Offline category suggestion: keyword scores, weighted by where and how a keyword is used. */

const CATEGORY_OF = new Map<string, OpinionCategory>(
  (Object.entries(CATEGORY_KEYWORDS) as Array<[OpinionCategory, readonly string[]]>).flatMap(([category, words]) =>
    words.map((word) => [word, category] as const),
  ),
);
const KEYWORDS = [...CATEGORY_OF.keys()].sort((a, b) => b.length - a.length);

/** The title and suggestion say what the report is about; the situation also tells the story around it. */
const PART_WEIGHT = { title: 2, situation: 1, suggestion: 2 } as const;
/** A situation clause stating the problem (没有红绿灯、很危险) holds the core words. */
const PROBLEM = /没|缺|不足|不够|难|差|乱|堵|危险|隐患|破损|损坏|污染|超标|无法|不能|严重|频发|事故|不便|短缺|紧张|脏|臭|吵/;
const PROBLEM_WEIGHT = 2;
/** A word that only says where (学校门口、在社区) is incidental to what the problem is. */
const LOCATIVE_BEFORE = /[在于]$/;
const LOCATIVE_AFTER = /^(?:门口|路口|门前|周边|附近|旁边|旁|对面|一带|周围|里|内|边)/;
const INCIDENTAL_WEIGHT = 0.25;

export interface CategorySuggestion {
  category: OpinionCategory;
  scores: Record<OpinionCategory, number>;
}

/** Keywords in reading order, the longest at each position (老旧小区改造, not 老旧小区 and 小区). */
function* keywordsIn(clause: string): Generator<{ category: OpinionCategory; before: string; after: string }> {
  // Only the neighbouring characters are needed to tell a place (学校门口) from a subject.
  for (let at = 0; at < clause.length; ) {
    const keyword = KEYWORDS.find((word) => clause.startsWith(word, at));
    const category = keyword && CATEGORY_OF.get(keyword);
    if (!keyword || !category) {
      at++;
      continue;
    }
    yield { category, before: clause.slice(Math.max(0, at - 1), at), after: clause.slice(at + keyword.length, at + keyword.length + 2) };
    at += keyword.length;
  }
}

/** The best-scoring category; 其他 when no keyword is found; a tie goes to the earlier category in the list. */
export function suggestCategory(fields: { title?: string; situation?: string; suggestion?: string }): CategorySuggestion {
  const scores = Object.fromEntries(OPINION_CATEGORIES.map((category) => [category, 0])) as Record<OpinionCategory, number>;
  for (const part of ['title', 'situation', 'suggestion'] as const) {
    for (const clause of clauses(fields[part] ?? '')) {
      const weight = PART_WEIGHT[part] * (part === 'situation' && PROBLEM.test(clause) ? PROBLEM_WEIGHT : 1);
      for (const { category, before, after } of keywordsIn(clause)) {
        const incidental = LOCATIVE_BEFORE.test(before) || LOCATIVE_AFTER.test(after);
        scores[category] += weight * (incidental ? INCIDENTAL_WEIGHT : 1);
      }
    }
  }
  const best = OPINION_CATEGORIES.reduce((leader, category) => (scores[category] > scores[leader] ? category : leader));
  return { category: scores[best] > 0 ? best : '其他', scores };
}
