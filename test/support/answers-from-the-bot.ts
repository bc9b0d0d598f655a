import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { silentLogger } from '../../src/log.ts';
import { LATE_2026 } from './answering.ts';
import { testConfig } from './test-app.ts';

/** An app for the file, and a case per question: the bot's answer holds the fact. */
export function answersFromTheBot(): (question: string, fact: string) => void {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
  });
  afterAll(() => app.close());
  return (question, fact) =>
    it(question, async () => {
      expect((await app.questions.ask(question)).text).toContain(fact);
    });
}
