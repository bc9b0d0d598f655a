import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChatDriver } from '../support/chat-driver.ts';
import { yichangReport, YICHANG_FIGURE, YICHANG_QUESTION, YICHANG_REPORT } from '../support/knowledge-documents.ts';
import { copyOfKnowledge } from '../support/test-app.ts';
import { launchBrowser, screenshots, type Browser } from './support/browser.ts';
import { signedInPage, startWorkbench, type RunningWorkbench } from './support/workbench-app.ts';

let world: RunningWorkbench;
let browser: Browser;
let page: Page;
let member: ChatDriver;
let knowledgeDir: string;

/** A long compilation put into the folder by hand: long enough that its indexing is seen under way. */
const BIG = '2022-某某市政协资料汇编.txt';
function bigCompilation(): string {
  const lines = ['某某市政协资料汇编'];
  for (let i = 0; i < 20_000; i++) lines.push(`第${i + 1}条 某某市政协第${(i % 40) + 1}次专题协商会议围绕第${i}项议题开展调研，形成意见建议${(i % 17) + 3}条，报送市委市政府参阅。`);
  return lines.join('\n');
}

/** The documents table's row of the uploaded report. */
const yichangRow = () => page.locator('tbody tr', { hasText: YICHANG_REPORT });
const bigRow = () => page.locator('tbody tr', { hasText: BIG });

beforeAll(async () => {
  // A copy of the knowledge folder: the upload must not land in the shipped one.
  knowledgeDir = copyOfKnowledge();
  world = await startWorkbench({ KNOWLEDGE_DIR: knowledgeDir });
  browser = await launchBrowser();
  member = world.chat('li', '李明');
  page = await signedInPage(world, browser);
});
afterAll(async () => {
  await world?.app.knowledge.settled();
  await browser?.close();
  await world?.stop();
});

describe('staff upload a Word document and a member’s question is answered from it', () => {
  it('the bot has nothing on 宜昌 before', async () => {
    expect(await member.say(YICHANG_QUESTION)).toContain('没有找到宜昌');
  });

  it('uploads the .docx on the knowledge page; the list shows it indexed with its city and year', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '知识库' }).click();
    await page.waitForURL(`${world.url}/knowledge`);
    expect(await page.locator('tbody tr').count()).toBe(8);
    await page.getByLabel(/^文档（/).setInputFiles({ name: YICHANG_REPORT, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await yichangReport() });
    await page.getByRole('radio', { name: '工作报告' }).check();
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await page.waitForURL(`${world.url}/knowledge?done=uploaded`);
    expect(await page.getByRole('status').first().textContent()).toContain('文档已上传');
    // Indexed at once, or while the page polls the progress and reloads when done.
    await expect.poll(() => yichangRow().textContent(), { timeout: 20_000 }).toContain('已入库');
    const row = await yichangRow().textContent();
    expect(row).toContain('宜昌');
    expect(row).toContain('2025');
    await screenshots(page, 'knowledge-list');
  });

  it('answers the member’s chat question from it, citing it', async () => {
    const reply = await member.say(YICHANG_QUESTION);
    expect(reply).toContain(YICHANG_FIGURE);
    expect(reply).toContain('《宜昌市政协常委会工作报告》');
  });

  it('re-indexes a document put into the folder by hand, the progress bar moving until the page reloads done', async () => {
    writeFileSync(path.join(knowledgeDir, 'reports', BIG), bigCompilation());
    await page.goto(`${world.url}/knowledge`);
    expect(await bigRow().textContent()).toContain('待更新索引');
    await page.getByRole('button', { name: '更新索引（只处理有变化的文档）' }).click();
    await page.waitForURL(`${world.url}/knowledge?done=reindex`);
    // Rendered while the update runs; the page's script polls the progress and reloads when done.
    expect(await page.locator('[data-progress-bar]').count()).toBe(1);
    expect(await page.locator('[data-progress-text]').textContent()).toContain('正在更新索引（赵秘书 更新索引）');
    await expect.poll(() => bigRow().textContent(), { timeout: 30_000 }).toContain('已入库');
    expect(await page.locator('[data-progress-url]').getAttribute('data-progress-state')).toBe('done');
    expect(await page.locator('[data-progress-text]').textContent()).toContain('新增 1 个');
  });

  it('shows in the hit test the passages with their scores and the answer, the question kept out of the URL', async () => {
    await page.getByRole('link', { name: '命中测试 →' }).click();
    await page.waitForURL(`${world.url}/knowledge/test`);
    await page.getByLabel('问题（像委员那样提问）').fill(YICHANG_QUESTION);
    await page.getByRole('button', { name: '测试' }).click();
    await page.locator('[data-answer]').waitFor();
    expect(page.url()).toBe(`${world.url}/knowledge/test`);
    expect(await page.locator('[data-answer]').textContent()).toContain(YICHANG_FIGURE);
    const first = page.locator('.passage').first();
    expect(await first.textContent()).toContain('《宜昌市政协常委会工作报告》');
    expect(await first.locator('[data-score]').textContent()).toMatch(/^0\.\d{4}$/);
    await screenshots(page, 'knowledge-hit-test');
  });

  it('asks before removing a document', async () => {
    await page.goto(`${world.url}/knowledge`);
    await yichangRow().getByRole('button', { name: '删除' }).click();
    await page.waitForURL(`${world.url}/knowledge/remove`);
    expect(await page.locator('h1').textContent()).toBe('删除文档');
    await screenshots(page, 'knowledge-remove');
    await page.getByRole('link', { name: '取消' }).click();
    await page.waitForURL(`${world.url}/knowledge`);
    expect(await yichangRow().count()).toBe(1);
    expect(browser.problems).toEqual([]);
  });
});
