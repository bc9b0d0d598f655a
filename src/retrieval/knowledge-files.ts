import path from 'node:path';
import type { TokenizerFiles } from './tokenizer.ts';

/** The data files under the knowledge folder that shape how text is split and read. */
export function tokenizerFiles(knowledgeDir: string): Required<TokenizerFiles> {
  return {
    dictionary: path.join(knowledgeDir, 'domain-words.txt'),
    synonyms: path.join(knowledgeDir, 'synonyms.txt'),
    colloquial: path.join(knowledgeDir, 'colloquial.txt'),
    places: path.join(knowledgeDir, 'places.txt'),
  };
}
