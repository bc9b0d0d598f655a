import { suggestCategory } from '../shared/categories/categorize.ts';
import { extractFields } from './intake/extract.ts';
import type { OpinionCategory, OpinionFields } from './types.ts';

/** Reads a member's message into report fields. The text is data: nothing in it is obeyed. */
export interface OpinionExtractor {
  extract(text: string): Promise<Partial<OpinionFields>>;
  suggestCategory(fields: Partial<OpinionFields>): Promise<OpinionCategory>;
}

/** Offline: labels, layout rules and keyword scoring. */
export class RuleExtractor implements OpinionExtractor {
  async extract(text: string): Promise<Partial<OpinionFields>> {
    return extractFields(text);
  }

  async suggestCategory(fields: Partial<OpinionFields>): Promise<OpinionCategory> {
    return suggestCategory(fields).category;
  }
}
