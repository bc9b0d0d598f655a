import { trimSeparators } from './text.ts';

/**
 * Numbered items in a report: "一是建议……，因为……。二是……" each asking and telling, or a paragraph of numbered
 * measures after the story.
 */

/** "\n\n一、由教育局和交通局统筹……；二、……": a paragraph of numbered measures after the story, no 建议 said. */
export const NUMBERED_MEASURE = /^(?:[一1][、.．]|[（(][一1][）)]|一是)\s*(?:由|对|把|将|请|要|加强|加大|完善|建立|设立|增设|增加|开展|实行|推行|出台|统一|严格|尽快|及时)/u;

const ITEM_NUMBER = String.raw`\s*(?:[一二三四五六七八九十]是|[一二三四五六七八九十][、.．]|第[一二三四五六七八九十][，,、：:]|\d+[、.．)）]|[①②③④⑤⑥⑦⑧⑨])`;
const ITEM = new RegExp(`(?:^|(?<=[。；;：:\n]))${ITEM_NUMBER}`, 'gu');
export const NUMBER_OF = new RegExp(`^${ITEM_NUMBER}`, 'u');
const ITEM_ASK = /[，,]\s*(?:建议|希望|请|应当|应该)/u;
const ITEM_ASKS_FIRST = new RegExp(`^${ITEM_NUMBER}\\s*(?:建议|希望|请|应当|应该|最好|要|把|对|给|在)|^${ITEM_NUMBER}[^，,。]{1,16}?(?:最好|应该|应当|能不能|可不可以|能否)`, 'u');
const ITEM_WHY = /[，,](?=\s*(?:因为|由于|现在|目前|前阵子|去年|今年|我们|我帮|我去|有家|有一家|据了解|调查发现|光是))/u;

export function splitInterleaved(body: string): { situation: string; suggestion: string } | null {
  const starts = [...body.matchAll(ITEM)].map((match) => match.index);
  if (starts.length < 2) return null;
  const lead = trimSeparators(body.slice(0, starts[0]));
  const items = starts.map((start, i) => body.slice(start, starts[i + 1] ?? body.length).trim());
  const asks = items.map((item) => ITEM_ASK.exec(item));
  if (asks.every((ask) => ask !== null)) {
    const told = items.map((item, i) => trimSeparators(item.slice(0, asks[i]!.index)));
    const asked = items.map((item, i) => `${NUMBER_OF.exec(item)?.[0] ?? ''}${trimSeparators(item.slice(asks[i]!.index + 1)).replace(/[。；;，,\s]+$/u, '')}`);
    return { situation: [lead, told.join('；')].filter(Boolean).join(''), suggestion: `${asked.join('；')}。` };
  }
  // "一是建议……，因为我们调查……。二是建议……，现在规定……": each asks first, then says why.
  const why = items.map((item) => (ITEM_ASKS_FIRST.test(item) ? ITEM_WHY.exec(item) : null));
  if (why.filter(Boolean).length < 2 || items.some((item) => !ITEM_ASKS_FIRST.test(item))) return null;
  const told = items.map((item, i) => (why[i] ? trimSeparators(item.slice(why[i]!.index + 1)).replace(/[。；;，,\s]+$/u, '') : '')).filter(Boolean);
  const asked = items.map((item, i) => trimSeparators(why[i] ? item.slice(0, why[i]!.index) : item).replace(/[。；;，,\s]+$/u, ''));
  return { situation: [lead, `${told.join('；')}。`].filter(Boolean).join(''), suggestion: `${asked.join('；')}。` };
}
