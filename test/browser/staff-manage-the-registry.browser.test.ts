import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshots, type Browser } from './support/browser.ts';
import { signedInPage, startWorkbench, type RunningWorkbench } from './support/workbench-app.ts';

let world: RunningWorkbench;
let browser: Browser;
let page: Page;

const REGISTRY = [
  '姓名,界别,专委会,职务,手机,微信号或备注名,Telegram id,角色',
  '吴九,民革,文史委,委员,13100009999,,,委员',
  '郑十,民进,,委员,1234,,,委员',
  '张三,民盟,提案委,副主任,13800001234,,,委员',
].join('\n');

beforeAll(async () => {
  world = await startWorkbench();
  browser = await launchBrowser();
  page = await signedInPage(world, browser);
});
afterAll(async () => {
  await browser?.close();
  await world?.stop();
});

describe('staff manage the registry on the workbench', () => {
  it('uploads a list, sees the problem rows before anything is saved, then imports it', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '委员', exact: true }).click();
    await page.waitForURL(`${world.url}/members`);
    await page.getByRole('link', { name: '导入名单' }).click();
    await page.waitForURL(`${world.url}/members/import`);
    await screenshots(page, 'members-import');
    await page.getByLabel(/^名单文件/).setInputFiles({ name: '委员名单.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTRY) });
    await page.getByRole('button', { name: '上传并预览' }).click();
    await page.waitForURL(`${world.url}/members/import`);
    expect(await page.locator('h1').textContent()).toBe('预览：委员名单.csv');
    expect(await page.locator('section[aria-labelledby="problems"]').textContent()).toContain('手机号“1234”格式不正确');
    expect(await world.app.storage.members.byName('吴九')).toEqual([]);
    await screenshots(page, 'members-import-preview');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.waitForURL(`${world.url}/members/import/confirm`);
    expect(await page.locator('h1').textContent()).toBe('导入完成');
    await screenshots(page, 'members-import-done');
    expect((await world.app.storage.members.byName('吴九'))[0]?.sector).toBe('民革');
  });

  it('finds a member by name without the name in the URL, and sees the binding', async () => {
    await page.getByRole('link', { name: '查看名单' }).click();
    await page.waitForURL(`${world.url}/members`);
    await screenshots(page, 'members-list');
    await page.getByLabel('姓名、编号或手机号').fill('吴九');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForLoadState();
    expect(page.url()).toBe(`${world.url}/members`);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody').textContent()).toContain('未绑定');
  });

  it('issues a binding code shown once; the member binds with it in chat', async () => {
    await page.locator('tbody').getByRole('link').first().click();
    await page.waitForURL(/\/members\/M\d{4}$/);
    expect(await page.locator('h1').textContent()).toBe('吴九');
    await screenshots(page, 'member-detail');
    await page.getByRole('button', { name: '生成绑定码' }).click();
    const code = (await page.getByLabel('绑定码', { exact: true }).textContent())!.trim();
    expect(code).toMatch(/^\d{6}$/);
    expect(page.url()).not.toContain(code);
    await screenshots(page, 'member-binding-code');
    expect(await world.chat('wu', '吴九').say(`绑定 ${code}`)).toContain('绑定成功');
    await page.getByRole('link', { name: '← 返回 吴九' }).click();
    expect(await page.locator('.facts').textContent()).toContain('已绑定 控制台');
    expect(browser.problems).toEqual([]);
  });
});
