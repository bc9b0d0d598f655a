import type { App } from '../../../src/app.ts';
import { createApp } from '../../../src/app.ts';
import type { Address, Sender } from '../../../src/conversation/outbound.ts';
import type { Reply } from '../../../src/conversation/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { issueBindCode } from '../../../src/members/bind-codes.ts';
import { importMembers } from '../../../src/members/import/import-members.ts';
import { readTable } from '../../../src/members/import/read-table.ts';
import { runBot, type RunningBot } from '../../../src/runtime/run-bot.ts';
import { ChatDriver } from '../../support/chat-driver.ts';
import { linkIn } from '../../support/workbench.ts';
import { testConfig } from '../../support/test-app.ts';
import type { Page } from 'playwright-core';
import type { Browser } from './browser.ts';

/** The console's side of the outbox: what members were sent, by chat id. */
export class ConsoleInbox implements Sender {
  readonly channel = 'console';
  readonly received: { chatId: string; text: string }[] = [];

  async send(to: Address, reply: Reply): Promise<void> {
    this.received.push({ chatId: to.chatId, text: reply.text });
  }

  textsFor(chatId: string): string[] {
    return this.received.filter((m) => m.chatId === chatId).map((m) => m.text);
  }
}

/**
 * The real program as `npm start` runs it with the console as its channel: the conversation core,
 * the outbox delivered to the console, and the web server with the workbench on a free loopback
 * port. Members and staff talk to it through the core (ChatDriver), as the console adapter would.
 */
export interface RunningWorkbench {
  app: App;
  bot: RunningBot;
  /** http://127.0.0.1:<port> */
  url: string;
  inbox: ConsoleInbox;
  chat(id: string, name?: string): ChatDriver;
  /** 赵秘书 (staff in the test registry) bound in chat by a code, on console account `id`. */
  bindStaff(id: string): Promise<ChatDriver>;
  /** Asks for a sign-in link in chat and returns it as the bot wrote it. */
  signInLink(staff: ChatDriver): Promise<string>;
  stop(): Promise<void>;
}

/** `env`: more settings, e.g. KNOWLEDGE_DIR on a copy for a test that uploads documents. */
export async function startWorkbench(env: Record<string, string> = {}): Promise<RunningWorkbench> {
  const app = await createApp(testConfig({ WEB_PORT: '0', ...env }), silentLogger());
  await importMembers(await readTable('test/fixtures/members/committee.csv'), app.storage.members, new Date());
  const inbox = new ConsoleInbox();
  // Deliveries happen when a test says so (bot.tick()), so what a member received is deterministic.
  const bot = await runBot({ app, channels: [], senders: [inbox], log: silentLogger(), now: () => new Date(), tickMs: 3_600_000, web: { host: '127.0.0.1', port: 0, alsoServing: ['console'] } });
  if (!bot.webUrl) throw new Error('the web server did not start');
  const chat = (id: string, name?: string) => new ChatDriver(() => app, id, name, 'console');
  return {
    app,
    bot,
    url: bot.webUrl,
    inbox,
    chat,
    async bindStaff(id) {
      const zhao = (await app.storage.members.byName('赵秘书'))[0]!;
      const { code } = await issueBindCode(app.storage.members, zhao.id, new Date());
      const driver = chat(id, '赵秘书');
      const reply = await driver.say(`绑定 ${code}`);
      if (!reply.includes('绑定成功')) throw new Error(`staff binding failed: ${reply}`);
      return driver;
    },
    async signInLink(staff) {
      return linkIn(await staff.say('登录工作台')).href;
    },
    stop: () => bot.stop(),
  };
}

/** A new page signed in as a staff member, with the link that member received in chat. */
export async function signedInPage(world: RunningWorkbench, browser: Browser, staffId = 'zhao'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(await world.signInLink(await world.bindStaff(staffId)));
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${world.url}/`);
  return page;
}
