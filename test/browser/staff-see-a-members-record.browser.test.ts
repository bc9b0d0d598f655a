import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chinaDate } from '../../src/answering/curated-answers.ts';
import type { NoticeTargets } from '../../src/notices/types.ts';
import { allFields, receiptNumber, type ChatDriver } from '../support/chat-driver.ts';
import { launchBrowser, screenshots, type Browser } from './support/browser.ts';
import { signedInPage, startWorkbench, type RunningWorkbench } from './support/workbench-app.ts';

let world: RunningWorkbench;
let browser: Browser;
let page: Page;
let zhang: ChatDriver;
let li: ChatDriver;
const THREE: NoticeTargets = { allMembers: false, sectors: [], committees: [], members: ['张三', '李四', '王五'], groups: [] };
const HOW_TO_WRITE = '提案应当一事一案，写明案由、情况分析和具体建议，格式见市政协提案工作条例。';

/** Every chart on the page drawn by ECharts (served by this server, under the CSP). */
async function chartsDrawn(count: number): Promise<void> {
  await expect.poll(() => page.locator('[data-chart-ready="true"]').count()).toBe(count);
  expect(await page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(count);
}

const nav = (label: string) => page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: label });

beforeAll(async () => {
  world = await startWorkbench();
  browser = await launchBrowser();
  zhang = world.chat('zhang', '张三');
  li = world.chat('li', '李四');
  expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功');
  expect(await li.say('绑定 李四 5678')).toContain('绑定成功');
  // Staff send a notice through the core; the bot delivers it and the members reply in chat.
  const now = new Date();
  const draft = await world.app.notices.create(
    { title: '提案工作座谈会', time: '12月5日上午9:00', place: '市民之家三楼会议室', scope: '有关委员', body: '请准时参加。', needsReply: true, replyBy: new Date(now.getTime() + 2 * 86400_000) },
    THREE,
    '赵秘书',
    now,
  );
  await world.app.notices.send(draft.id, '赵秘书', now);
  await world.bot.tick();
  expect(world.inbox.textsFor('zhang')[0]).toContain('提案工作座谈会');
  expect(await zhang.say('参加')).toContain('已登记');
  expect(await li.say('请假 外出调研')).toContain('已登记');
  // A report, and a question the knowledge base does not answer.
  await zhang.say('我想反映社情民意');
  await zhang.say(allFields());
  receiptNumber(await zhang.say('确认提交'));
  expect(await zhang.say('十堰市政协党组向市委请示报告了多少次？')).toContain('16次');
  await zhang.say('提案怎么写');
  await li.say('提案应该怎么写？');

  page = await signedInPage(world, browser);
});
afterAll(async () => {
  await browser?.close();
  await world?.stop();
});

describe('staff see the members’ replies in the 履职档案', () => {
  it('shows the week on the home page as charts', async () => {
    await chartsDrawn(5);
    expect(await page.locator('.stats').textContent()).toMatch(/本周提问\s*3/);
    await screenshots(page, 'dashboard');
  });

  it('shows every member’s year with the replies given in chat', async () => {
    await nav('履职档案').click();
    await page.waitForURL(`${world.url}/records`);
    await chartsDrawn(2);
    const zhangRow = page.locator('tbody tr', { has: page.getByRole('link', { name: '张三', exact: true }) });
    expect(await zhangRow.locator('td[data-label="参加"]').textContent()).toBe('1');
    const liRow = page.locator('tbody tr', { has: page.getByRole('link', { name: '李四', exact: true }) });
    expect(await liRow.locator('td[data-label="请假"]').textContent()).toBe('1');
    expect(await zhangRow.locator('td[data-label="社情民意提交"]').textContent()).toBe('1');
    await screenshots(page, 'records');
  });

  it('finds a member by name without the name in the URL, and opens their record', async () => {
    await page.getByLabel('查找委员（姓名、界别、专委会）').fill('李四');
    await page.getByRole('button', { name: '查找' }).click();
    await page.waitForLoadState();
    expect(page.url()).toBe(`${world.url}/records`);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: '李四', exact: true }).click();
    await page.waitForURL(/\/records\/M0002\?year=\d{4}$/);
    await chartsDrawn(2);
    const row = page.locator('tbody tr', { hasText: '提案工作座谈会' });
    expect(await row.locator('td[data-label="回执"]').textContent()).toBe('请假');
    await screenshots(page, 'record-member');
  });

  it('exports the year table as a spreadsheet download', async () => {
    await nav('履职档案').click();
    await page.waitForURL(`${world.url}/records`);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^委员履职档案-\d{4}\.xlsx$/);
  });
});

describe('a staff answer written from the question log is given in chat', () => {
  it('lists the questions asked, with who asked', async () => {
    await nav('问答记录').click();
    await page.waitForURL(`${world.url}/questions`);
    expect(await page.locator('tbody').textContent()).toContain('张三（控制台）');
    const answered = page.locator('tbody tr', { hasText: '请示报告' });
    expect(await answered.locator('td[data-label="出处"]').textContent()).toMatch(/^《.+》/);
    await screenshots(page, 'questions');
  });

  it('groups the declined ones and saves an answer from the group', async () => {
    await page.getByRole('link', { name: '未答上的问题' }).click();
    await page.waitForURL(`${world.url}/questions/declined`);
    const group = page.locator('article.question-group').first();
    expect(await group.locator('.group-count strong').textContent()).toBe('2');
    await group.getByLabel('答复', { exact: true }).fill(HOW_TO_WRITE);
    await screenshots(page, 'questions-declined');
    await group.getByRole('button', { name: '保存答复' }).click();
    await page.waitForURL(`${world.url}/questions/answers?done=added`);
    expect(await page.getByRole('status').textContent()).toContain('答复已保存');
    await screenshots(page, 'questions-answers');

    const reply = await world.chat('wang', '王五').say('请问提案怎么写');
    expect(reply).toContain(HOW_TO_WRITE);
    expect(reply).toContain(`工作人员答复（${chinaDate(new Date())}）`);
  });

  it('shows the change in the 操作记录 with who made it', async () => {
    await nav('操作记录').click();
    await page.waitForURL(`${world.url}/audit`);
    const first = page.locator('tbody tr').first();
    expect(await first.locator('td[data-label="操作人"]').textContent()).toBe('赵秘书');
    expect(await first.locator('td[data-label="操作"]').textContent()).toBe('添加工作人员答复');
    await screenshots(page, 'audit');
    expect(browser.problems).toEqual([]);
  });
});
