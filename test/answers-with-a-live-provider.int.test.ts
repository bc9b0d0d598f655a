import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';

/**
 * Checks a real provider configured in .env (OPENAI_BASE_URL / OPENAI_API_KEY / CHAT_MODEL,
 * optionally EMBEDDING_MODEL): `npm run test:int`. Skipped when none is configured.
 */
const live = loadConfig();

describe.skipIf(!live.llm)('the configured model provider', () => {
  it('answers a report question with the right figure and a citation', async () => {
    const config = { ...testConfig(), llm: live.llm, embeddings: live.embeddings };
    const app = await createApp(config, silentLogger());
    const answer = await app.questions.ask('十堰市政协党组向市委请示报告了多少次？');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('16');
    expect(answer.citations[0]?.source).toContain('十堰');
  });
});
