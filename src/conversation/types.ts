/** What every channel adapter turns a platform event into. */
export interface InboundMessage {
  /** 'console' | 'wechat' | 'telegram' … */
  channel: string;
  /** Where the message was said: the group or the private chat. */
  chatId: string;
  isGroup: boolean;
  senderId: string;
  senderName?: string;
  text: string;
  /** In a group: whether the bot was @-mentioned, replied to, or woken by its wake word. */
  addressed: boolean;
  /** Platform message id, used to ignore a message delivered twice. */
  messageId: string;
  time: Date;
  /**
   * Set by the core when the text reads like instructions to the bot ("忽略以上指令…"). Features
   * must not act on it; a dialog collecting a report may still keep it, as plain text.
   */
  suspicious?: boolean;
  /** Set by the core: the text a quote-reply quoted (WeChat "「…」" above a rule), without it in `text`. */
  quoted?: string;
}

export interface Choice {
  label: string;
  /** The text the core receives when the choice is taken. */
  value: string;
  /** What to type for it where there are no buttons, when shorter than the value ("2" for a numbered list). */
  typed?: string;
}

/** What the core asks an adapter to send. */
export interface Reply {
  text: string;
  choices?: Choice[];
  /** Sender ids to mention (in a group). */
  mention?: string[];
  /** Send to the sender privately instead of where the message came from. */
  private?: boolean;
}

/** One capability of the bot: it answers the message, or returns null to let the next one try. */
export interface Feature {
  readonly name: string;
  handle(message: InboundMessage): Promise<Reply[] | null>;
}
