import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('who reports it, said in a way of their own', () => {
  it('leaves a former post and what people call the member out of the story', () => {
    expect(extractFields('我是民盟的，原来在交通局，大家都叫我王局，王立新。')).toEqual({ name: '王立新', sector: '民盟' });
  });

  it('reads the sector from a branch signing the document', () => {
    const fields = extractFields('建议在重点河段安装视频监控。\n九三学社郧西支社  李文杰\n2025年5月6日');
    expect(fields.sector).toBe('九三学社');
    expect(fields.name).toBe('李文杰');
    expect(fields.suggestion).not.toContain('支社');
  });
});

describe('staying unnamed, and why, said when starting', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('is no consent to be named, and the why is no part of the story', async () => {
    const member = new ChatDriver(() => app, 'unnamed-why', '青山绿水');
    await member.say('我想反映个社情民意，匿名的，因为涉及我们单位领导，署名怕被穿小鞋');
    await member.say('单位食堂承包给领导亲戚，饭菜价格比外面贵一倍。建议纪委对机关食堂承包情况开展专项检查。');
    const preview = await member.say('预览');
    expect(preview).toContain('不同意');
    expect(preview).not.toContain('穿小鞋');
    expect(preview).not.toContain('因为涉及');
  });
});
