import type { Address, Sender } from '../../conversation/outbound.ts';
import type { Reply } from '../../conversation/types.ts';

/** Prints what the bot owes the console's user (e.g. a status change a staff member just made). */
export function createConsoleSender(output: NodeJS.WritableStream, userId: string): Sender {
  return {
    channel: 'console',
    // Messages for other console users wait for their own session.
    accepts: (to: Address) => to.chatId === userId,
    async send(_to: Address, reply: Reply) {
      output.write(`【通知】${reply.text}\n`);
    },
  };
}
