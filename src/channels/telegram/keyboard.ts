import type { Choice } from '../../conversation/types.ts';

const MAX_CALLBACK_BYTES = 64;
const PER_ROW = 2;
/** Labels longer than this (a question offered) get a row each: two would be cut short on a phone. */
const SHORT_LABEL = 10;

export interface InlineButton {
  text: string;
  callback_data: string;
}

/**
 * Choices become inline buttons. Telegram allows 64 bytes of callback data: longer values are
 * kept here and the button carries a short token instead.
 */
export class Keyboard {
  private readonly long = new Map<string, string>();
  private next = 0;

  markup(choices: readonly Choice[]): { inline_keyboard: InlineButton[][] } {
    const buttons = choices.map((choice) => ({ text: choice.label, callback_data: this.encode(choice.value) }));
    const perRow = choices.every((choice) => [...choice.label].length <= SHORT_LABEL) ? PER_ROW : 1;
    const rows: InlineButton[][] = [];
    for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
    return { inline_keyboard: rows };
  }

  /** The text the core receives when a button is pressed. */
  decode(data: string): string | undefined {
    if (data.startsWith('v:')) return data.slice(2);
    return this.long.get(data);
  }

  private encode(value: string): string {
    if (Buffer.byteLength(`v:${value}`) <= MAX_CALLBACK_BYTES) return `v:${value}`;
    const token = `t:${(this.next++).toString(36)}`;
    // Bounded: old tokens belong to keyboards long scrolled away.
    if (this.long.size > 10_000) this.long.delete(this.long.keys().next().value as string);
    this.long.set(token, value);
    return token;
  }
}
