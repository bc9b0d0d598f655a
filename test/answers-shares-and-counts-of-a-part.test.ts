import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a share asked where the report counts the part and its whole', () => {
  it('is answered by the two counts', async () => {
    const answer = await app.questions.ask('常熟24年立案的提案里头，民生类的占几成啊');
    expect(answer.text).toContain('261件');
    expect(answer.text).toContain('97件');
  });

  it('is declined for a part the sentence does not count', async () => {
    const answer = await app.questions.ask('常熟24年立案的提案里头，重点提案占几成啊');
    expect(answer.text ?? '').not.toContain('97件');
  });
});

describe('"几个" of things the member counted in their own measure word', () => {
  it('takes the measure word the member said', async () => {
    expect(shapeOf('21件重点提案，民生类的有几个').units).toContain('件');
    const answer = await app.questions.ask('许昌21件市领导领办督办的重点提案，民生类的有几个');
    expect(answer.text).toContain('12件');
  });
});
