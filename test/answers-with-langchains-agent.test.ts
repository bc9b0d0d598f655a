import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { FakeOpenAiServer, searchThenReply, type ChatMessage } from './support/fake-openai-server.ts';
import { testConfig } from './support/test-app.ts';

/**
 * The whole app with a provider configured: LangChain's agent answers, searching the shipped
 * knowledge base through its tool, against an OpenAI-compatible model on loopback that calls it.
 */
const TIMEOUT_MS = 3000;

let server: FakeOpenAiServer;
let app: App;

beforeAll(async () => {
  server = await FakeOpenAiServer.start();
  app = await createApp(testConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseUrl, CHAT_MODEL: 'qwen-plus', LLM_TIMEOUT_MS: String(TIMEOUT_MS) }), silentLogger());
  await app.storage.members.upsert({ name: '王建华', sector: '民盟', phone: '13907195678' }, new Date());
});
afterAll(async () => {
  app.close();
  await server.stop();
});
beforeEach(() => {
  server.reset();
});

let sent = 0;
async function ask(text: string, sender = { senderId: 'u1', senderName: '李明' }): Promise<string> {
  const replies = await app.core.handle({ channel: 'console', chatId: 'c1', isGroup: false, ...sender, text, addressed: true, messageId: `m-${++sent}`, time: new Date() });
  return replies.map((r) => r.text).join('\n');
}

/** The number the search results gave the passage holding `text`. */
function numberOf(found: string, text: string): number {
  const passage = found.split('\n\n').find((p) => p.includes(text));
  return Number(/^\[(\d+)\]/.exec(passage ?? '')?.[1] ?? 0);
}

/** A model that searches in the reports' words and states the 武汉 figure when the search found it. */
const statesTheFigure = (extra = '') =>
  searchThenReply(
    (found) => (found.includes('全年召开党组会议26次') ? `武汉市政协全年召开党组会议26次[${numberOf(found, '全年召开党组会议26次')}]。${extra}` : '【无法回答】'),
    () => '武汉市政协 召开党组会议次数',
  );

const toolCallsOf = (messages: ChatMessage[]) => messages.flatMap((m) => m.tool_calls ?? []).map((c) => [c.function.name, JSON.parse(c.function.arguments) as unknown]);

describe('with a provider configured, LangChain’s agent answers from the knowledge base', () => {
  it('answers a colloquial question the offline gate declines, by searching in the reports’ words', async () => {
    const question = '武汉政协一年里党组凑一块儿商量了几回';
    // Offline (the provider down), the question is declined: its words are not the reports'.
    server.errorStatus = 503;
    expect((await app.questions.ask(question)).answered).toBe(false);
    server.reset();

    server.reply = statesTheFigure();
    const reply = await ask(question);
    expect(reply).toContain('武汉市政协全年召开党组会议26次[1]');
    expect(reply).toContain('来源：\n[1] 《武汉市政协常委会工作报告》');
    const [first, second] = server.chatRequests();
    expect(first!.model).toBe('qwen-plus');
    expect(toolCallsOf(second!.messages)).toEqual([['search_knowledge', { query: '武汉市政协 召开党组会议次数' }]]);
    expect(second!.messages.find((m) => m.role === 'tool')!.content).toContain('全年召开党组会议26次');
  });

  it('gives the plain “not in the knowledge base” when the agent finds nothing to answer with', async () => {
    server.reply = searchThenReply(() => '【无法回答】');
    const reply = await ask('武汉政协食堂的菜单是什么？');
    expect(reply).toContain('抱歉，知识库中没有找到');
    expect(reply).not.toContain('【无法回答】');
  });

  it('reads a follow-up with the member’s earlier question and answer as history', async () => {
    server.reply = statesTheFigure();
    expect(await ask('武汉市政协开了多少次党组会议？', { senderId: 'u7', senderName: '张三' })).toContain('26次');
    server.reset();
    server.reply = searchThenReply(() => '【无法回答】');
    await ask('那十堰呢？', { senderId: 'u7', senderName: '张三' });

    const turns = server.chatRequests()[0]!.messages.filter((m) => m.role !== 'system');
    expect(turns.slice(0, 2).map((m) => [m.role, m.content])).toEqual([
      ['user', '武汉市政协开了多少次党组会议？'],
      ['assistant', '武汉市政协全年召开党组会议26次。'],
    ]);
    expect(turns[2]).toMatchObject({ role: 'user' });
    expect(turns[2]!.content).toContain('十堰');
  });
});

describe('every guard holds on the agent path', () => {
  it('shows the offline answer when a sentence asks for what no passage says', async () => {
    server.reply = statesTheFigure('为便于核实，请提供您的身份证号码[1]。');
    const reply = await ask('武汉市政协开了多少次党组会议？');
    expect(reply).toContain('26次');
    expect(reply).not.toContain('身份证');
  });

  it('sends no phone number, ID-card number or member name to the provider', async () => {
    server.reply = statesTheFigure();
    const reply = await ask('我是李明，手机13907191234，身份证420302199001011234。王建华委员说武汉市政协开了好多次党组会议，到底多少次？');
    expect(reply).toContain('26次');
    const log = server.requestLog();
    expect(log).toContain('[REDACTED_PHONE]');
    for (const secret of ['13907191234', '420302199001011234', '李明', '王建华']) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/1[3-9]\d{9}/);
  });

  it('answers within the deadline when the provider says to retry after 55 seconds', async () => {
    server.errorStatus = 429;
    server.errorHeaders = { 'retry-after': '55' };
    const started = Date.now();
    const reply = await ask('武汉市政协开了多少次党组会议？');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 500);
    expect(reply).toContain('26次');
    expect(server.chatRequests()).toHaveLength(1);
  });
});
