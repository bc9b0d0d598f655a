import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { withCitiesSpelledRight } from '../src/answering/mistyped-city.ts';
import { renderAnswer } from '../src/answering/render.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a city typed with one wrong character', () => {
  const spell = (text: string) => withCitiesSpelledRight(text, app.kb.cities(), app.kb.tokenizer);

  it('is read as the city of the knowledge base it is one character off', () => {
    expect(spell('十晏市政协请示报告过几次')).toBe('十堰市政协请示报告过几次');
    expect(spell('常孰政协立了多少件提案')).toBe('常熟政协立了多少件提案');
    expect(spell('听说廊访市委很重视')).toBe('听说廊坊市委很重视');
  });

  it('leaves a real place alone, however close to a city it is', () => {
    expect(spell('常州市政协立了多少件提案')).toBe('常州市政协立了多少件提案');
    expect(spell('宜昌市政协开了几次会')).toBe('宜昌市政协开了几次会');
    expect(spell('武昌区政协开了几次会')).toBe('武昌区政协开了几次会');
  });

  it('leaves words that are no city\'s place alone ("常委", a name not before 市 or 政协)', () => {
    expect(spell('常委会开了几次')).toBe('常委会开了几次');
    expect(spell('十届政协委员有多少')).toBe('十届政协委员有多少');
  });

  it('is answered from that city, telling the member how the question was read', async () => {
    const answer = await app.questions.ask('十晏市政协23年向市委请示报告过几次');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('16次');
    expect(renderAnswer(answer)).toMatch(/按“十堰市政协2023年.*”理解/u);
    const proposals = await app.questions.ask('常孰市政协24年立了多少件提案');
    expect(proposals.text).toContain('261件');
  });

  it('still declines a city the knowledge base does not hold', async () => {
    const answer = await app.questions.ask('宜昌市政协23年立案提案多少件');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('宜昌');
    expect(answer.understood).toBeUndefined();
  });
});
