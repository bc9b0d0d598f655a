import { tool } from 'langchain';
import { z } from 'zod';
import type { Passage } from '../types.ts';

export const SEARCH_TOOL = 'search_knowledge';

/** What the tool tells the model when a search finds nothing. */
const NOTHING_FOUND = '没有找到相关段落。';

/**
 * The passages one answer's searches returned, numbered in the order first seen: the numbers the
 * model cites as [n]. A passage found again by a later search keeps its number.
 */
export class FoundPassages {
  readonly list: Passage[] = [];
  private readonly numbers = new Map<string, number>();

  number(passage: Passage): number {
    const key = `${passage.chunk.docId}#${passage.chunk.id}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      this.list.push(passage);
      n = this.list.length;
      this.numbers.set(key, n);
    }
    return n;
  }
}

/**
 * The agent's one tool: the offline retrieval (keyword + vector, within the question's year and
 * kind, see QuestionService) for a query the model words itself, as numbered passages.
 */
export function searchKnowledgeTool(options: {
  search: (query: string) => Promise<Passage[]>;
  found: FoundPassages;
  description: string;
  maxPassages: number;
}) {
  const { search, found, description, maxPassages } = options;
  return tool(
    async ({ query }: { query: string }) => {
      const passages = (await search(query)).slice(0, maxPassages);
      if (passages.length === 0) return NOTHING_FOUND;
      return passages.map((p) => `[${found.number(p)}] 《${p.doc.title}》${p.chunk.section ? ` ${p.chunk.section}` : ''}\n${p.chunk.text}`).join('\n\n');
    },
    { name: SEARCH_TOOL, description, schema: z.object({ query: z.string() }) },
  );
}
