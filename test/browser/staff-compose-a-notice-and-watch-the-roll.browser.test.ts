import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChatDriver } from '../support/chat-driver.ts';
import { localInputValue } from '../../src/workbench/notices/compose-form.ts';
import { launchBrowser, screenshots, type Browser } from './support/browser.ts';
import { signedInPage, startWorkbench, type RunningWorkbench } from './support/workbench-app.ts';

let world: RunningWorkbench;
let browser: Browser;
let page: Page;
let zhang: ChatDriver;
let li: ChatDriver;
let rollUrl: string;

beforeAll(async () => {
  world = await startWorkbench();
  browser = await launchBrowser();
  // Three members bind their chat accounts the way members do; the notice goes to them.
  zhang = world.chat('zhang', '张三');
  li = world.chat('li', '李四');
  const wang = world.chat('wang', '王五');
  for (const [driver, words] of [[zhang, '张三 1234'], [li, '李四 5678'], [wang, '王五 9012']] as const) expect(await driver.say(`绑定 ${words}`)).toContain('绑定成功');
  page = await signedInPage(world, browser);
});
afterAll(async () => {
  await browser?.close();
  await world?.stop();
});

const roll = () => page.locator('#roll');

describe('staff compose and send a notice, members reply in chat, the open page follows', () => {
  it('composes with the target picker and previews whom it reaches', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '会议通知' }).click();
    await page.waitForURL(`${world.url}/notices`);
    expect(await page.textContent('main')).toContain('还没有会议通知');
    await page.getByRole('link', { name: '写新通知' }).click();
    await page.waitForURL(`${world.url}/notices/new`);
    await page.getByLabel('标题').fill('关于召开提案委员会全体会议的通知');
    await page.getByLabel('会议时间').fill('12月5日上午9:00');
    await page.getByLabel('地点').fill('市民之家三楼会议室');
    await page.getByLabel('参会范围').fill('提案委全体委员');
    await page.getByLabel('正文（议程、注意事项等）').fill('审议年度提案工作报告，请准时参加。');
    await page.getByLabel('回执截止时间（需要回执时填写，北京时间）').fill(localInputValue(new Date(Date.now() + 2 * 24 * 3600_000)));
    await page.getByRole('checkbox', { name: '提案委' }).check();
    await page.getByLabel('指定委员（姓名，用顿号或逗号分隔）').fill('王五');
    await screenshots(page, 'notice-compose');
    await page.getByRole('button', { name: '预览' }).click();
    await page.waitForURL(`${world.url}/notices/preview`);
    const preview = await page.textContent('main');
    expect(preview).toContain('【会议通知】关于召开提案委员会全体会议的通知');
    expect(preview).toContain('共 3 位委员');
    await screenshots(page, 'notice-preview');
  });

  it('sends it; the members receive it through the outbox', async () => {
    await page.getByRole('button', { name: '发送', exact: true }).click();
    await page.waitForURL(/\/notices\/\d+\?done=sent$/);
    rollUrl = page.url();
    expect(await page.getByRole('status').textContent()).toContain('通知已排入发送队列');
    expect(await roll().textContent()).toContain('未回复（3）');
    await world.bot.tick();
    for (const member of ['zhang', 'li', 'wang']) expect(world.inbox.textsFor(member)[0]).toContain('【会议通知】关于召开提案委员会全体会议的通知');
    await screenshots(page, 'notice-roll-sent');
  });

  it('updates the roll on the open page, without a reload, as members reply 参加 and 请假 in chat', async () => {
    // Set on this document: a reload would lose it.
    await page.evaluate(() => document.body.setAttribute('data-not-reloaded', 'yes'));
    expect(await zhang.say('参加')).toContain('已登记');
    expect(await li.say('请假 在外地调研')).toContain('已登记');
    await expect.poll(() => roll().textContent(), { timeout: 15_000 }).toContain('参加（1）');
    const text = await roll().textContent();
    expect(text).toContain('张三');
    expect(text).toContain('请假（1）');
    expect(text).toContain('在外地调研');
    expect(text).toContain('未回复（1）');
    expect(page.url()).toBe(rollUrl);
    expect(await page.getAttribute('body', 'data-not-reloaded')).toBe('yes');
    await screenshots(page, 'notice-roll');
  });

  it('reminds the one who has not replied, now', async () => {
    await page.getByRole('button', { name: '提醒未回复' }).click();
    await page.waitForURL(/done=reminded/);
    expect(await page.getByRole('status').textContent()).toContain('已向 1 位未回复的委员发送提醒');
    await world.bot.tick();
    expect(world.inbox.textsFor('wang').at(-1)).toContain('【提醒】您还没有回复会议通知');
    expect(world.inbox.textsFor('zhang')).toHaveLength(1);
  });

  it('changes the place; members are told', async () => {
    await page.getByRole('link', { name: '修改时间地点等' }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByLabel('地点').fill('市政协二楼报告厅');
    await screenshots(page, 'notice-edit');
    await page.getByRole('button', { name: '保存并通知委员' }).click();
    await page.waitForURL(/done=changed/);
    expect(await page.locator('.facts').textContent()).toContain('市政协二楼报告厅');
    await world.bot.tick();
    expect(world.inbox.textsFor('li').at(-1)).toContain('【通知变更】');
  });

  it('exports the roll and lists the notice with its counts', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '导出回执（Excel）' }).click();
    expect((await download).suggestedFilename()).toMatch(/^会议通知\d+-回执\.xlsx$/);
    await page.getByRole('link', { name: '← 返回通知列表' }).click();
    await page.waitForURL(`${world.url}/notices`);
    expect(await page.locator('tbody').textContent()).toContain('参加 1 · 请假 1 · 未回复 1');
    await screenshots(page, 'notices-list');
    expect(browser.problems).toEqual([]);
  });
});
