import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshots, type Browser } from './support/browser.ts';
import { startWorkbench, type RunningWorkbench } from './support/workbench-app.ts';

let world: RunningWorkbench;
let browser: Browser;

beforeAll(async () => {
  world = await startWorkbench();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await world?.stop();
});

describe('staff sign in to the workbench with the link received in chat', () => {
  it('opens the link, presses 登录 and lands on the start page with its chart', async () => {
    const zhao = await world.bindStaff('zhao');
    const link = await world.signInLink(zhao);
    expect(link.startsWith(`${world.url}/login?token=`)).toBe(true);

    const page = await browser.newPage();
    await page.goto(link);
    await expect.poll(() => page.locator('h1').textContent()).toBe('登录工作台');
    await screenshots(page, 'sign-in-link');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${world.url}/`);
    expect(await page.locator('h1').textContent()).toBe('您好，赵秘书');
    // ECharts came from this server and drew under the CSP.
    await page.locator('[data-chart-ready="true"]').first().waitFor();
    expect(await page.locator('.chart canvas').count()).toBeGreaterThan(0);
    await screenshots(page, 'home');

    const cookies = await browser.context.cookies(world.url);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name: 'liaison_session', httpOnly: true, sameSite: 'Lax', secure: false });
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(`${world.url}/login?out=1`);
    expect(await page.getByRole('status').textContent()).toContain('已退出工作台');
    await screenshots(page, 'sign-in');
    await page.goto(`${world.url}/opinions`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(browser.problems).toEqual([]);
    await page.close();
  });

  it('refuses a link used once already', async () => {
    const zhao = await world.bindStaff('zhao-again');
    const link = await world.signInLink(zhao);
    const first = await browser.newPage();
    await first.goto(link);
    await first.getByRole('button', { name: '登录' }).click();
    await first.waitForURL(`${world.url}/`);
    await browser.context.clearCookies();

    const second = await browser.newPage();
    await second.goto(link);
    await second.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => second.locator('h1').textContent()).toBe('登录链接已使用');
    expect(await second.textContent('main')).toContain('只能使用一次');
    await screenshots(second, 'sign-in-link-used');
    expect(await browser.context.cookies(world.url)).toEqual([]);
    await first.close();
    await second.close();
  });

  it('gives a member no link, and refuses the link of someone no longer staff', async () => {
    const zhang = world.chat('wx-zhang', '张三');
    expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功');
    const refusal = await zhang.say('登录工作台');
    expect(refusal).toContain('工作台仅供市政协工作人员使用');
    expect(refusal).not.toContain('http');

    const zhao = await world.bindStaff('zhao-leaving');
    const link = await world.signInLink(zhao);
    const entry = (await world.app.storage.members.byName('赵秘书'))[0]!;
    await world.app.storage.members.upsert({ id: entry.id, name: '赵秘书', role: 'member' }, new Date());
    try {
      const page = await browser.newPage();
      await page.goto(link);
      await page.getByRole('button', { name: '登录' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('没有权限');
      await screenshots(page, 'sign-in-refused');
      expect(await browser.context.cookies(world.url)).toEqual([]);
      await page.close();
    } finally {
      await world.app.storage.members.upsert({ id: entry.id, name: '赵秘书', role: 'staff' }, new Date());
    }
  });
});
