import { createServer } from 'node:net';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';

export const TOKEN = '123456:TEST-TOKEN';

/** A free port on loopback, for the emulator (it has no port 0 of its own). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startEmulator(): Promise<{ server: TelegramServer; apiRoot: string }> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  return { server, apiRoot: `http://127.0.0.1:${port}` };
}

export interface BotMessage {
  text: string;
  chat_id: string | number;
  reply_markup?: { inline_keyboard?: { text: string; callback_data: string }[][] };
  reply_parameters?: { message_id: number };
}

/**
 * What the bot has sent to `chatId` until `done` holds (or the time is up). Polls the emulator's
 * client endpoint directly: its own client keeps polling in the background after a timeout and
 * would swallow later messages.
 */
export async function botSays(apiRoot: string, chatId: number, done: (texts: string[]) => boolean, timeoutMs = 8000): Promise<BotMessage[]> {
  const seen: BotMessage[] = [];
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const response = await fetch(`${apiRoot}/getUpdates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: TOKEN, chatId }),
    });
    const updates = (await response.json()) as { result: { message: BotMessage }[] };
    seen.push(...updates.result.map((u) => u.message));
    if (done(seen.map((m) => m.text))) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return seen;
}
