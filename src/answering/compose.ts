import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import type { Answer, Citation, Passage } from './types.ts';

const MAX_CITATIONS = 5;
/** A decline names a few of the cities covered, not hundreds. */
const MAX_NAMED_CITIES = 6;

/** Used passages first, numbered as in the answer text, then the other retrieved passages. */
export function buildCitations(used: Passage[], retrieved: Passage[]): Citation[] {
  const ordered = [...used, ...retrieved.filter((p) => !used.includes(p))].slice(0, Math.max(MAX_CITATIONS, used.length));
  return ordered.map((p, i) => ({
    n: i + 1,
    source: p.doc.id,
    title: p.doc.title,
    section: p.chunk.section,
    text: p.chunk.text,
    score: Number(p.score.toFixed(4)),
  }));
}

/** The honest "not in the knowledge base", with a hint of what it does cover. */
export function declined(kb: KnowledgeBase, reason?: string): Answer {
  return { text: declineText(kb, reason), answered: false, citations: [], via: 'declined' };
}

export function declineText(kb: KnowledgeBase, reason?: string): string {
  const cities = kb.cities();
  const rules = [...kb.docs.values()].filter((d) => d.kind === 'rule').map((d) => `《${d.title.replace(/[（(]模板[)）]/, '')}》`);
  const covers = [
    cities.length > 0 ? `${cities.slice(0, MAX_NAMED_CITIES).join('、')}等市政协的工作报告` : '',
    rules.length > 0 ? rules.slice(0, 3).join('') : '',
  ].filter(Boolean);
  const hint = covers.length > 0 ? `目前我能回答的是${covers.join('，以及')}中的内容。` : '';
  return `抱歉，知识库中没有找到${reason ?? '能回答这个问题的内容'}，我不便凭空作答。${hint}`;
}
