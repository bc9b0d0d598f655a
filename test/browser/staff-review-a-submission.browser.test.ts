import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allFields, receiptNumber } from '../support/chat-driver.ts';
import { launchBrowser, screenshots, type Browser } from './support/browser.ts';
import { signedInPage, startWorkbench, type RunningWorkbench } from './support/workbench-app.ts';

let world: RunningWorkbench;
let browser: Browser;
let page: Page;
let number: string;

beforeAll(async () => {
  world = await startWorkbench();
  browser = await launchBrowser();
  // A member reports in chat, the way members do.
  const li = world.chat('li', '李明');
  await li.say('我想反映社情民意');
  await li.say(allFields());
  number = receiptNumber(await li.say('确认提交'));
  page = await signedInPage(world, browser);
});
afterAll(async () => {
  await browser?.close();
  await world?.stop();
});

describe('staff review a submission and the member hears of it', () => {
  it('finds it in the list, by a name typed in the search, with nothing of it in the URL', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '社情民意' }).click();
    await page.waitForURL(`${world.url}/opinions`);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('关键词（编号、标题、内容、反映人）').fill('李明');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForLoadState();
    expect(page.url()).toBe(`${world.url}/opinions`);
    expect(await page.locator('tbody').textContent()).toContain('关于在城南小学门口增设红绿灯的建议');
    await screenshots(page, 'opinions-list');
  });

  it('changes its status with a note; the member receives the message', async () => {
    await page.getByRole('link', { name: number }).click();
    await page.waitForURL(`${world.url}/opinions/${number}`);
    expect(await page.locator('h1').textContent()).toBe('关于在城南小学门口增设红绿灯的建议');
    await screenshots(page, 'opinion-detail');
    await page.getByLabel('改为').selectOption('已受理');
    await page.getByLabel('说明（会随通知发给反映人）').fill('已转研究室研究');
    await page.getByRole('button', { name: '保存并通知反映人' }).click();
    await page.waitForURL(`${world.url}/opinions/${number}?done=told`);
    expect(await page.getByRole('status').textContent()).toContain('已通知反映人');
    expect(await page.locator('.facts').textContent()).toContain('已受理');

    await world.bot.tick();
    const received = world.inbox.textsFor('li');
    expect(received).toHaveLength(1);
    expect(received[0]).toContain(`（${number}）有新进展：已受理。`);
    expect(received[0]).toContain('说明：已转研究室研究。');
  });

  it('writes the 编报稿 beside the original', async () => {
    await page.getByRole('link', { name: '编辑编报稿' }).click();
    await page.waitForURL(`${world.url}/opinions/${number}/edit`);
    await page.getByLabel('标题').fill('关于城南小学路口增设信号灯的建议');
    await screenshots(page, 'opinion-edit');
    await page.getByRole('button', { name: '保存编报稿' }).click();
    await page.waitForURL(`${world.url}/opinions/${number}?done=edited`);
    const text = await page.textContent('main');
    expect(text).toContain('关于城南小学路口增设信号灯的建议');
    expect(text).toContain('原文（委员提交）');
    expect((await world.app.storage.opinions.get(number))!.fields.title).toBe('关于在城南小学门口增设红绿灯的建议');
  });

  it('exports the list as a spreadsheet download', async () => {
    await page.goto(`${world.url}/opinions`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^社情民意信息-\d{8}\.xlsx$/);
    expect(browser.problems).toEqual([]);
  });
});
