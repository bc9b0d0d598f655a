import type { BuiltIndex } from '../knowledge/ingest.ts';
import type { Chunk, DocumentMeta } from '../knowledge/types.ts';
import { createHomophoneMender, type HomophoneMender } from '../shared/homophones.ts';
import { createPinyinReader, type PinyinReader } from '../shared/pinyin-words.ts';
import { Bm25Index } from './bm25.ts';
import { askedIn, askPrint, NO_QUESTIONS, type AskedAbout, type AskPrint, type QuestionBank } from './question-bank.ts';
import type { Tokenizer } from './tokenizer.ts';
import { VectorIndex } from './vector-index.ts';

/** The loaded, searchable knowledge: documents, chunks, the vector index and a keyword index. */
export class KnowledgeBase {
  readonly bm25 = new Bm25Index();
  /** Years each document covers or mentions. */
  private readonly years = new Map<string, Set<number>>();
  private cityList?: string[];
  private ruleTexts?: string[];
  private rules?: Array<{ chunk: Chunk; doc: DocumentMeta }>;
  private homophones?: HomophoneMender;
  private pinyinWords?: PinyinReader;
  private readonly byPosition = new Map<string, Chunk>();
  private readonly cityChunks = new Map<string, Int32Array>();
  private readonly docChunks = new Map<string, Chunk[]>();
  /** The bank's questions each rule chunk answers (see question-bank.ts). */
  private readonly asked = new Map<number, AskedAbout[]>();
  private readonly askPrints = new Map<string, AskPrint[]>();
  private everyAsk?: AskPrint[];
  private readonly unsaidPrints: readonly AskPrint[];

  private constructor(
    readonly docs: Map<string, DocumentMeta>,
    readonly chunks: Map<number, Chunk>,
    readonly vectors: VectorIndex,
    readonly embeddingModel: string,
    readonly tokenizer: Tokenizer,
    bank: QuestionBank,
  ) {
    this.unsaidPrints = bank.unsaid.map((ask) => askPrint('', ask, tokenizer));
    for (const chunk of chunks.values()) {
      this.byPosition.set(`${chunk.docId}#${chunk.ordinal}`, chunk);
      const doc = docs.get(chunk.docId);
      const asked = doc?.kind === 'rule' ? askedIn(bank, chunk.text) : [];
      if (asked.length > 0) this.asked.set(chunk.id, asked);
      const tokens = tokenizer.tokens(`${doc?.title ?? ''} ${chunk.section} ${chunk.text}`);
      this.bm25.add(chunk.id, tokens);
      // A heading names its year ("2024年工作安排" in the report on 2023).
      for (const m of `${chunk.section} ${chunk.text}`.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) this.yearsOf(chunk.docId).add(Number(m[1]));
    }
    for (const doc of docs.values()) if (doc.year) this.yearsOf(doc.id).add(doc.year);
    this.bm25.freeze();
    const byCity = new Map<string, number[]>();
    for (const chunk of chunks.values()) {
      const city = docs.get(chunk.docId)?.city;
      if (!city) continue;
      let ids = byCity.get(city);
      if (!ids) byCity.set(city, (ids = []));
      ids.push(chunk.id);
    }
    for (const [city, ids] of byCity) this.cityChunks.set(city, Int32Array.from(ids).sort());
  }

  /** Serves the index an ingest just built or brought up to date; null when it holds nothing. */
  static fromIngest(built: BuiltIndex | undefined, tokenizer: Tokenizer, bank: QuestionBank = NO_QUESTIONS): KnowledgeBase | null {
    if (!built?.vectors || built.store.chunks.length === 0) return null;
    return new KnowledgeBase(
      new Map(built.store.docs.map((d) => [d.id, d])),
      new Map(built.store.chunks.map((c) => [c.id, c])),
      built.vectors,
      built.manifest.embeddingModel,
      tokenizer,
      bank,
    );
  }

  doc(chunk: Chunk): DocumentMeta {
    const doc = this.docs.get(chunk.docId);
    if (!doc) throw new Error(`chunk ${chunk.id} has no document ${chunk.docId}`);
    return doc;
  }

  /** Ids of the chunks of a city's documents, ascending. */
  chunksOfCity(city: string): Int32Array {
    return this.cityChunks.get(city) ?? new Int32Array(0);
  }

  /** The chunk `delta` places away in the same document and section, if any. */
  neighbor(chunk: Chunk, delta: number): Chunk | undefined {
    const other = this.byPosition.get(`${chunk.docId}#${chunk.ordinal + delta}`);
    return other && other.section === chunk.section ? other : undefined;
  }

  /** A document's chunks in reading order: the structure of a report (its parts, their order). */
  chunksOf(docId: string): Chunk[] {
    let list = this.docChunks.get(docId);
    if (!list) {
      list = [...this.chunks.values()].filter((c) => c.docId === docId).sort((a, b) => a.ordinal - b.ordinal);
      this.docChunks.set(docId, list);
    }
    return list;
  }

  /** The text of every chunk of the chunk's section, in order (the chunk's own included). */
  sectionText(chunk: Chunk): string {
    const parts = [chunk.text];
    for (let c = this.neighbor(chunk, -1); c; c = this.neighbor(c, -1)) parts.unshift(c.text);
    for (let c = this.neighbor(chunk, 1); c; c = this.neighbor(c, 1)) parts.push(c.text);
    return parts.join('\n');
  }

  /** Whether some passage (of the city's documents, when one is given) says the text word for word. */
  mentions(text: string, city?: string): boolean {
    if (city !== undefined) return this.chunksOfCity(city).some((id) => this.chunks.get(id)?.text.includes(text) === true);
    for (const chunk of this.chunks.values()) if (chunk.text.includes(text)) return true;
    return false;
  }

  /** The rules' chunks with their documents: few enough to read every one. */
  rulePassages(): Array<{ chunk: Chunk; doc: DocumentMeta }> {
    this.rules ??= [...this.chunks.values()].flatMap((chunk) => {
      const doc = this.docs.get(chunk.docId);
      return doc?.kind === 'rule' ? [{ chunk, doc }] : [];
    });
    return this.rules;
  }

  /**
   * How members ask about what the text says: the bank's questions for the sentences of the chunk
   * that the text holds (none for a report).
   */
  askedAbout(chunk: Chunk, text: string = chunk.text): readonly AskPrint[] {
    return (this.asked.get(chunk.id) ?? []).filter((a) => text === chunk.text || text.includes(a.anchor)).flatMap((a) => this.printsOf(a));
  }

  /** Every way of asking the bank holds for a sentence of the rules (a piece two passages share, once). */
  allAsked(): readonly AskPrint[] {
    this.everyAsk ??= [...new Map([...this.asked.values()].flat().map((a) => [a.anchor, a])).values()].flatMap((a) => this.printsOf(a));
    return this.everyAsk;
  }

  /** What members ask that no rule says (the bank's "（规程未作规定）" block). */
  unsaidAsks(): readonly AskPrint[] {
    return this.unsaidPrints;
  }

  private printsOf(asked: AskedAbout): AskPrint[] {
    let prints = this.askPrints.get(asked.anchor);
    if (!prints) this.askPrints.set(asked.anchor, (prints = asked.asks.map((ask) => askPrint(asked.anchor, ask, this.tokenizer))));
    return prints;
  }

  /** Whether one paragraph of the rules (an article, an item) says both pieces. */
  oneRuleSays(piece: string, other: string): boolean {
    return this.rulePassages().some(({ chunk }) => chunk.text.split('\n').some((paragraph) => paragraph.includes(piece) && paragraph.includes(other)));
  }

  /** Whether some rule (not a report) says the text word for word, whatever the letters' case. */
  rulesSay(text: string): boolean {
    // Words are searched lower-cased ("telegram"), as the tokenizer gives them.
    this.ruleTexts ??= [...this.chunks.values()].filter((c) => this.docs.get(c.docId)?.kind === 'rule').map((c) => c.text.toLowerCase());
    const word = text.toLowerCase();
    return this.ruleTexts.some((t) => t.includes(word));
  }

  /**
   * The text with words of the rules and the domain dictionary typed by sound set right ("请架" →
   * 请假, "xinxi" → 信息): members ask how things are done in the rules' words, mistyped.
   */
  mendTypos(text: string): string {
    if (!this.homophones) {
      this.ruleTexts ??= [...this.chunks.values()].filter((c) => this.docs.get(c.docId)?.kind === 'rule').map((c) => c.text.toLowerCase());
      const vocabulary = new Set([...this.tokenizer.domainWords(), ...this.ruleTexts.flatMap((t) => this.tokenizer.tokens(t))]);
      this.homophones = createHomophoneMender(vocabulary, (text) => this.tokenizer.pieces(text));
      this.pinyinWords = createPinyinReader([...this.cities(), ...vocabulary]);
    }
    return this.homophones(this.pinyinWords!(text));
  }

  /** Cities the knowledge base holds documents of, longest first for greedy matching. */
  cities(): string[] {
    this.cityList ??= [...new Set([...this.docs.values()].flatMap((d) => (d.city ? [d.city] : [])))].sort((a, b) => b.length - a.length);
    return this.cityList;
  }

  /** Whether a document (of one of the cities, when any are named) covers or mentions the year. */
  knowsYear(year: number, cities: string[] = []): boolean {
    for (const [docId, years] of this.years) {
      const city = this.docs.get(docId)?.city;
      if (years.has(year) && (cities.length === 0 || (city !== undefined && cities.includes(city)))) return true;
    }
    return false;
  }

  private yearsOf(docId: string): Set<number> {
    let set = this.years.get(docId);
    if (!set) this.years.set(docId, (set = new Set()));
    return set;
  }
}
