import { describe, expect, it } from 'vitest';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('an offer to be called, written beside the number', () => {
  it.each(['有不明白的地方可以联系我13907165432', '有不清楚的情况找我：13907165432'])('%s', (line) => {
    const read = extractFields(`南湖公园的健身器材坏了大半年，老人锻炼没地方。\n建议区园林局尽快更换。\n${line}`);
    expect(read.phone).toBe('13907165432');
    expect(`${read.situation}\n${read.suggestion}`).not.toMatch(/联系我|找我|不明白|不清楚/u);
  });
});
