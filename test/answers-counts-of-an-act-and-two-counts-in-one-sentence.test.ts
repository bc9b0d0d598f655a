import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { countsTheSubject } from '../src/answering/counted.ts';
import { givesEachCount } from '../src/answering/figure-clauses.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026, term } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a count of an act, with who acted said before it', () => {
  it('takes a figure said of the act, with the doer further back in its clause', () => {
    const sentence = '全年,市委主要领导对政协报送的各类成果作出批示9次';
    expect(countsTheSubject(sentence, ['次'], { thing: term('领导'), act: term('批示') })).toBe(true);
    // Without the act, the doer is too far from the figure to be what it counts.
    expect(countsTheSubject(sentence, ['次'], { thing: term('领导') })).toBe(false);
    // The act beside the figure is not enough when the clause never names who acted.
    expect(countsTheSubject('委员作出批示9次', ['次'], { thing: term('领导'), act: term('批示') })).toBe(false);
  });

  it('answers the count of instructions the city leaders gave', async () => {
    const answer = await app.questions.ask('常熟政协的履职成果 市委主要领导全年批示过几回');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('14次');
  });
});

describe('two counts asked that one sentence gives', () => {
  it('sees each clause answered beside its own words', () => {
    const terms = [term('下基层'), term('专题调研')];
    const question = '下基层多少次 专题调研多少次';
    expect(givesEachCount(question, terms, '成员下基层50次,开展专题调研7次,解决问题3个。')).toBe(true);
    // One figure for two clauses answers only one of them.
    expect(givesEachCount(question, terms, '成员下基层开展专题调研50次。')).toBe(false);
    expect(givesEachCount('下基层多少次', terms, '成员下基层50次,开展专题调研7次。')).toBe(false);
  });

  it('answers both from that sentence alone, "顺便问问" aside', async () => {
    const answer = await app.questions.ask('十堰政协的领导们下基层跑过多少趟 顺便问问专题调研弄了几回');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('108次');
    expect(answer.text).toContain('29次');
    expect(answer.text).not.toContain('[2]');
  });
});
