import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, which .ci/run installs with apt-get when it is missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Written by every run, never committed (.gitignore). */
export const SCREENSHOTS = path.resolve('test-output/screenshots');

/** A phone as staff hold it on WeChat, and an office desktop. */
export const VIEWPORTS = [
  { name: '390', width: 390, height: 844 },
  { name: '1366', width: 1366, height: 768 },
] as const;

export interface Browser {
  context: BrowserContext;
  /** A new tab; its console errors and failed requests are collected in `problems`. */
  newPage(): Promise<Page>;
  /** What went wrong in any page: script errors, CSP violations, requests that failed. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium on a fresh profile (no cookies, cache or service workers from an earlier run),
 * with everything that would reach the network on its own switched off: the tests must pass on a
 * machine without internet, as the workbench must work in a closed office network.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`没有找到 Chromium（${CHROMIUM}）：请以 root 运行 apt-get install -y chromium，或设置 CHROMIUM_PATH。`);
  const profile = mkdtempSync(path.join(tmpdir(), 'liaison-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: VIEWPORTS[1].width, height: VIEWPORTS[1].height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A download the page navigates to ends as an aborted request; that is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    });
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    problems,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The page as it is now, at both sizes, as test-output/screenshots/<name>-390.png and -1366.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${viewport.name}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}
