import path from 'node:path';
import type { DocumentKind, DocumentMeta } from './types.ts';

/** `2024-武汉市政协常委会工作报告`: the year of work covered, then the title starting with the organization. */
const FILE_NAME = /^(?:(\d{4})\s*[-_－—]\s*)?(.+)$/u;
const ORGANIZATION = /^(\p{Script=Han}{2,6}?[市县区]政协|全国政协|\p{Script=Han}{2,3}省政协)/u;
/** Formal names in the text: 政协十堰市第六届委员会, 中国人民政治协商会议廊坊市第八届委员会. */
const FORMAL_NAMES = [
  /政协(\p{Script=Han}{2,6}?[市县区])第[一二三四五六七八九十]+届/u,
  /中国人民政治协商会议(\p{Script=Han}{2,6}?[市县区])第[一二三四五六七八九十]+届/u,
];
/** `常熟市政协…` opening one of the first lines (a title); elsewhere in the text it may name another committee. */
const SHORT_NAME = /^(\p{Script=Han}{2,3}[市县区])政协/u;
const TITLE_LINES = 3;
const CITY = /^(.+?)[市县区]政协$/u;

/**
 * Describes a document from its path (`reports/2024-武汉市政协常委会工作报告.txt`) and clean text.
 * The year is the one in the file name: by convention the year of work the document covers.
 */
export function describeDocument(relPath: string, cleanText: string, kind?: DocumentKind): DocumentMeta {
  const id = relPath.split(path.sep).join('/').replace(/\\/gu, '/');
  const base = path.posix.basename(id).replace(/\.[^.]+$/u, '');
  const [, year, title = base] = base.match(FILE_NAME) ?? [];
  const organization = title.match(ORGANIZATION)?.[1] ?? organizationInText(cleanText);
  const city = organization?.match(CITY)?.[1];
  return {
    id,
    title,
    ...(organization ? { organization } : {}),
    ...(city ? { city } : {}),
    ...(year ? { year: Number(year) } : {}),
    kind: kind ?? (/(^|\/)rules\//u.test(id) ? 'rule' : 'report'),
  };
}

function organizationInText(text: string): string | undefined {
  for (const pattern of FORMAL_NAMES) {
    const place = text.match(pattern)?.[1];
    if (place) return `${place}政协`;
  }
  const lines = text.split('\n').slice(0, TITLE_LINES);
  const place = lines.map((line) => line.match(SHORT_NAME)?.[1]).find(Boolean);
  return place ? `${place}政协` : undefined;
}
