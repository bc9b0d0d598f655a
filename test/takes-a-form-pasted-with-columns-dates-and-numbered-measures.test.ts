import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('a form pasted from a word processor', () => {
  it('reads a label in the second column, spread out like the first', () => {
    const fields = extractFields('标  题：关于增设老城区公共厕所的建议\n姓    名：童建平      党  派：民进\n电    话：13872001234\n正  文：\n老城区步行街一公里长，只有一座公厕，游客经常找不到。\n建议城管局在步行街两头各增设一座。');
    expect(fields).toMatchObject({ name: '童建平', sector: '民进', phone: '13872001234' });
  });

  it('drops the filing date at the foot', () => {
    const fields = extractFields('关于老旧小区加装电梯补贴的建议\n\n不少老旧小区想加装电梯，但补贴申请要跑四个部门。\n\n建议住建局设一个窗口统一受理。\n\n提交日期：2026年11月18日');
    expect(`${fields.situation}${fields.suggestion}`).not.toContain('2026年11月18日');
  });
});

describe('numbered measures after the story, no 建议 said', () => {
  it('are the suggestion', () => {
    const fields = extractFields('关于山区学生上学交通的建议\n\n山区学生住得散，每天走一个多小时山路上学，雨雪天更危险。\n\n1. 由交通局开通学生专线；2. 对寄宿学生给予生活补助。');
    expect(fields.situation).toContain('走一个多小时山路');
    expect(fields.suggestion).toContain('由交通局开通学生专线');
  });
});

describe('an introduction cut off by the send button', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('leaves the story, and the name sent next is taken', async () => {
    const m = new ChatDriver(() => app, 'cut-off-intro-1');
    await m.say('我想反映社情民意');
    await m.say('茅箭区二堰街道菜市场门口的排水沟盖板碎了好几块，晚上买菜的老人容易崴脚。建议街道尽快更换盖板。我叫');
    const preview = await m.say('邹红梅，民进，13907198866');
    expect(preview).toContain('【反映人】邹红梅');
    expect(preview).not.toContain('我叫');
  });
});
