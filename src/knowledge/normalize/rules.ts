import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * What a committee can configure about cleaning. Kept as plain strings (not RegExp) so the
 * rules serialize, and the ingester's hash of them changes whenever a pattern does.
 */
export interface CleaningRules {
  /** Regular expressions (Unicode, case-insensitive); a line matching one is dropped whole. */
  dropLinePatterns: string[];
  /** Literal phrases (case-insensitive) cut out wherever they occur. */
  spamPhrases: string[];
}

const pattern = z.string().min(1).refine(compiles, { message: '不是有效的正则表达式' });

const rulesSchema = z.object({
  comment: z.unknown().optional(),
  dropLinePatterns: z.array(pattern).default([]),
  spamPhrases: z.array(z.string().trim().min(1)).default([]),
});

/** Reads and validates a rules file; the message names the file and each problem. */
export function loadCleaningRules(file: string): CleaningRules {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`清洗规则文件 ${file} 无法读取：${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = rulesSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`);
    throw new Error(`清洗规则文件 ${file} 有误：${problems.join('；')}`);
  }
  return { dropLinePatterns: parsed.data.dropLinePatterns, spamPhrases: parsed.data.spamPhrases };
}

/** The rules used when the knowledge folder has no rules file: the same as the shipped file. */
export function defaultCleaningRules(): CleaningRules {
  return { dropLinePatterns: [...DEFAULT_DROP_LINE_PATTERNS], spamPhrases: [...DEFAULT_SPAM_PHRASES] };
}

const DEFAULT_DROP_LINE_PATTERNS = [
  '^(发布时间|发布日期|发布者|来源|作者|阅读量|阅读数|浏览量|浏览次数|点击量|点击数|责任编辑|编辑|校对|责编|终审|审核|初审|复审)\\s*[:：]',
  '^(阅读|浏览|点击)(量|数|次数)?\\s*[:：]?\\s*\\d*\\s*次?$',
  '^\\d{4}[-/.年]?\\d{1,2}[-/.月]?\\d{1,2}日?\\s*\\d{1,2}[:：]\\d{2}([:：]\\d{2})?$',
  '^\\d{12,}$',
  '^i\\p{Script=Han}{2,4}$',
  '^\\p{Script=Han}{2,4}发布$',
  '^(分享到|打印本页|关闭窗口|返回顶部|上一篇|下一篇)',
  '^【?\\s*字[号体]\\s*[:：]?\\s*大\\s*中\\s*小\\s*】?$',
];

const DEFAULT_SPAM_PHRASES = ['金年会', 'jinnian', '金子招牌'];

/** Compiled patterns, built once per rules object. */
const compiled = new WeakMap<CleaningRules, RegExp[]>();

export function dropLineRegexes(rules: CleaningRules): RegExp[] {
  let out = compiled.get(rules);
  if (!out) {
    out = rules.dropLinePatterns.map((p) => new RegExp(p, 'iu'));
    compiled.set(rules, out);
  }
  return out;
}

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}
