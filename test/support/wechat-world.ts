import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type { WechatConfig } from '../../src/config.ts';
import type { ConversationCore } from '../../src/conversation/core.ts';
import type { InboundMessage } from '../../src/conversation/types.ts';
import { createWechatChannel, type WechatChannel, type WechatChannelOptions } from '../../src/channels/wechat/wechat-channel.ts';
import { silentLogger } from '../../src/log.ts';

/** wechaty's friendship type for a request someone sent us (wechaty-puppet `types.Friendship.Receive`). */
const RECEIVE = 2;

/**
 * wechaty-puppet-mock with what the stock mock leaves out: it answers every friendship with an
 * empty payload, drops the mentions of a sent message and has no group nicknames.
 * `requestFriendship` makes a contact ask; `accepted` lists the requests the bot took; `sent` is
 * every text the bot sent, with its mentions; `nickname` sets someone's name in one group.
 */
export class TestPuppetMock extends PuppetMock {
  readonly accepted: string[] = [];
  readonly sent: Heard[] = [];
  private readonly nicknames = new Map<string, string>();

  nickname(room: { id: string }, contact: { id: string }, name: string): void {
    this.nicknames.set(`${room.id}/${contact.id}`, name);
  }

  override async roomMemberRawPayload(roomId: string, contactId: string) {
    const member = await super.roomMemberRawPayload(roomId, contactId);
    const roomAlias = this.nicknames.get(`${roomId}/${contactId}`);
    return roomAlias ? { ...member, roomAlias } : member;
  }
  private readonly requests = new Map<string, { contactId: string; hello: string }>();

  requestFriendship(contact: mock.ContactMock, hello: string): string {
    const id = `friendship-${this.requests.size + 1}`;
    this.requests.set(id, { contactId: contact.id, hello });
    this.emit('friendship', { friendshipId: id });
    return id;
  }

  override async friendshipRawPayload(id: string): Promise<unknown> {
    const request = this.requests.get(id);
    return { id, type: RECEIVE, timestamp: Date.now(), contactId: request?.contactId, hello: request?.hello ?? '' };
  }

  override async messageSendText(conversationId: string, text: string, mentionIdList?: string[]): Promise<void> {
    this.sent.push({ to: conversationId, text, mentions: mentionIdList ?? [] });
    return super.messageSendText(conversationId, text);
  }

  override async friendshipAccept(id: string): Promise<void> {
    this.accepted.push(id);
  }
}

/** What the bot said, as the other side of the mock hears it. */
export interface Heard {
  /** The room or the contact it was said to. */
  to: string;
  text: string;
  mentions: string[];
}

/** The mock's MessageMock as far as listening needs it (its listener types are not exported). */
type SaidByBot = { text(): string | undefined; talker(): { id: string }; payload: { mentionIdList?: string[] } };
type Listenable = { id: string; on(event: 'message', listener: (message: SaidByBot) => void): unknown };

export const WECHAT_DEFAULTS: WechatConfig = {
  puppet: 'wechaty-puppet-mock',
  name: 'liaison-test',
  rooms: [],
  wakeWords: [],
  acceptFriends: false,
  sendIntervalMs: 0,
  sendJitterMs: 0,
  maxChars: 1500,
};

/** A logged-in bot account on wechaty-puppet-mock, the real wechaty stack and the adapter between. */
export class WechatWorld {
  readonly mocker = new mock.Mocker();
  readonly puppet = new TestPuppetMock({ mocker: this.mocker });
  readonly heard: Heard[] = [];
  /** Every message the adapter passed to the core. */
  readonly handled: InboundMessage[] = [];
  readonly channel: WechatChannel;
  bot!: mock.ContactMock;
  private handling = 0;

  constructor(core: Pick<ConversationCore, 'handle'>, config: Partial<WechatConfig>, extra: Partial<WechatChannelOptions> = {}) {
    const counted = {
      handle: async (message: InboundMessage) => {
        this.handled.push(message);
        this.handling++;
        try {
          return await core.handle(message);
        } finally {
          this.handling--;
        }
      },
    };
    this.channel = createWechatChannel({ config: { ...WECHAT_DEFAULTS, ...config }, core: counted, log: silentLogger(), puppet: this.puppet, showQr: false, ...extra });
  }

  async start(botName = '履职助手'): Promise<this> {
    await this.channel.start();
    this.mocker.scan('https://login.weixin.qq.com/l/test', 2);
    this.bot = this.mocker.createContact({ name: botName });
    await this.login();
    return this;
  }

  /** Logs the bot account in (again, after a restart) and waits until wechaty has seen it. */
  async login(): Promise<void> {
    this.mocker.login(this.bot);
    await waitUntil(() => this.channel.sender.accepts());
  }

  /** A member, with everything the bot says to them privately recorded. */
  contact(name: string): mock.ContactMock {
    return this.listen(this.mocker.createContact({ name }));
  }

  /** A group with the bot in it, with everything the bot says there recorded. */
  room(topic: string, members: mock.ContactMock[], id?: string): mock.RoomMock {
    const memberIdList = [this.bot.id, ...members.map((m) => m.id)];
    return this.listen(this.mocker.createRoom({ topic, memberIdList, ...(id ? { id } : {}) }));
  }

  /**
   * Waits until everything said so far has been dealt with: a private message sent now has been
   * answered, the core is idle, and whatever it answered has had time to go out.
   */
  async settle(): Promise<void> {
    const probe = this.contact(`探针${this.heard.length}`);
    probe.say('你好').to(this.bot);
    await this.heardBy(probe);
    await this.quiet();
  }

  /** Waits until the core is idle and whatever it answered has had time to go out. */
  async quiet(): Promise<void> {
    await waitUntil(() => this.handling === 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  /** What the bot said to `to`, once `done` holds or the time is up. */
  async heardBy(to: { id: string }, done: (texts: string[]) => boolean = (t) => t.length > 0, timeoutMs = 6000): Promise<string[]> {
    const texts = () => this.heard.filter((h) => h.to === to.id).map((h) => h.text);
    await waitUntil(() => done(texts()), timeoutMs);
    return texts();
  }

  private listen<T extends mock.ContactMock | mock.RoomMock>(target: T): T {
    (target as unknown as Listenable).on('message', (message) => {
      if (message.talker().id !== this.bot.id) return;
      this.heard.push({ to: target.id, text: message.text() ?? '', mentions: message.payload.mentionIdList ?? [] });
    });
    return target;
  }
}

export async function waitUntil(done: () => boolean, timeoutMs = 6000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}
