import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { FakeOpenAiServer, type ChatMessage } from './support/fake-openai-server.ts';
import { testConfig } from './support/test-app.ts';

const REPORT =
  '我们社区卫生服务中心只有2名全科医生，周边3个小区1万多居民看病都要排长队，老人经常一早去排号。希望区卫健委增加全科医生编制，开设老年人绿色通道。我是致公党界别的陈静，电话13700001234，同意署名。';

let server: FakeOpenAiServer;
let app: App;
beforeAll(async () => {
  server = await FakeOpenAiServer.start();
  app = await createApp(testConfig({ OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'sk-test', LLM_TIMEOUT_MS: '2000' }), silentLogger());
});
afterAll(async () => {
  app.close();
  await server.stop();
});
beforeEach(() => server.reset());

const isExtraction = (messages: ChatMessage[]) => messages.some((m) => m.content.includes('社情民意信息的录入助手'));

function modelReads(fields: Record<string, unknown>) {
  server.reply = (messages) => (isExtraction(messages) ? JSON.stringify(fields) : '【无法回答】');
}

describe('with a model configured, the report is read through structured output', () => {
  it('fills every field from free text and reaches the preview in one turn', async () => {
    modelReads({
      title: '关于加强社区全科医生配备的建议',
      situation: '我们社区卫生服务中心只有2名全科医生，周边3个小区1万多居民看病都要排长队，老人经常一早去排号。',
      suggestion: '希望区卫健委增加全科医生编制，开设老年人绿色通道。',
      category: '医疗卫生',
      name: '陈静',
      sector: '致公党',
      phone: '13700001234',
      signed: true,
    });
    const chen = new ChatDriver(() => app, 'chen', '陈静');
    const preview = await chen.say(`提个建议：${REPORT}`);
    expect(preview).toContain('【标题】关于加强社区全科医生配备的建议');
    expect(preview).toContain('【类别】医疗卫生');
    expect(preview).toContain('【界别】致公党');
    expect(preview).toContain('【联系电话】13700001234');

    const request = server.chatRequests().find((r) => isExtraction(r.messages));
    expect(request).toBeDefined();
    expect(JSON.stringify(request)).toContain('json');
    const number = receiptNumber(await chen.say('确认提交'));
    expect((await app.storage.opinions.get(number))?.fields).toMatchObject({ category: '医疗卫生', sector: '致公党', signed: true });
  });

  it('never keeps a value the message does not contain (an invented phone or figure)', async () => {
    modelReads({
      title: '关于加强社区全科医生配备的建议',
      situation: '社区卫生服务中心只有5名医生，服务5万居民。',
      suggestion: '希望区卫健委增加全科医生编制，开设老年人绿色通道。',
      category: '医疗卫生',
      name: '陈静',
      sector: '致公党',
      phone: '13900009999',
      signed: true,
    });
    const chen = new ChatDriver(() => app, 'chen-2', '陈静');
    const preview = await chen.say(`提个建议：${REPORT}`);
    expect(preview).not.toContain('13900009999');
    expect(preview).not.toContain('5万居民');
    expect(preview).toContain('2名全科医生');
    expect(preview).toContain('13700001234');
    await chen.say('取消');
  });

  it('falls back to the offline rules when the model fails', async () => {
    server.errorStatus = 500;
    const chen = new ChatDriver(() => app, 'chen-3', '陈静');
    // The rules find the story and the phone; the 界别 written in passing is asked for.
    expect(await chen.say(`提个建议：${REPORT}`)).toContain('界别');
    const sofar = await chen.say('预览');
    expect(sofar).toContain('2名全科医生');
    expect(sofar).toContain('13700001234');
    await chen.say('取消');
  });
});
