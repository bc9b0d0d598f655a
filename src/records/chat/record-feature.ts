import type { Feature, InboundMessage, Reply } from '../../conversation/types.ts';
import type { Logger } from '../../log.ts';
import type { MemberDirectory } from '../../members/directory.ts';
import type { MemberStore } from '../../members/member-store.ts';
import { chinaYearOf } from '../../shared/china-periods.ts';
import type { RecordService } from '../record-service.ts';
import { readRecordQuery } from './read-query.ts';
import { renderRecord } from './render.ts';

export interface RecordFeatureOptions {
  records: RecordService;
  members: Pick<MemberStore, 'get' | 'byName'>;
  directory: MemberDirectory;
  now: () => Date;
  log: Logger;
}

const NOT_BOUND =
  '查询履职情况需要先绑定委员身份：请私聊发送“绑定 姓名 手机号后四位”，例如“绑定 张三 1234”；也可以向市政协办公室索取绑定码，发送“绑定 六位绑定码”。绑定后发送“我的履职情况”即可查看。';
const OWN_ONLY = '履职档案只能查询本人的。如需了解其他委员的情况，请联系市政协办公室。发送“我的履职情况”可查看您自己的。';
const IN_GROUP = '履职情况属于个人信息，已私信发给您，请在私聊中查看。';
/** The registry begins long after this; an earlier year is a misreading rather than a question. */
const FIRST_YEAR = 2000;

/**
 * “我的履职情况”: a member's own 履职档案 for this year or a year they name. Only ever the asker's
 * own, found through the account's binding: a name in the question is never followed, and a name
 * of someone in the registry gets a refusal. In a group the record goes privately.
 *
 * Placed before the notice replies and the dialog engine in app.ts, because “我参加了几次会” reads
 * as 参加 to the notice-reply reader; readRecordQuery takes only a whole message that is such a
 * question, so answers to dialog steps pass by.
 */
export class RecordFeature implements Feature {
  readonly name = 'records';

  constructor(private readonly options: RecordFeatureOptions) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    if (message.suspicious) return null;
    const thisYear = chinaYearOf(this.options.now());
    const query = readRecordQuery(message.text, thisYear);
    if (!query) return null;
    if (query.kind === 'others') return this.refuse(message, 'others');

    const me = await this.options.directory.identify(message);
    const member = await this.options.members.get(me.memberId);
    if (query.kind === 'named') {
      // “常委会开了几次会”“十堰市政协委员履职情况” name no member: a question for the knowledge base.
      const named = await this.options.members.byName(query.who);
      if (named.length === 0) return null;
      if (!member || !named.some((m) => m.id === member.id)) return this.refuse(message, 'named');
    }
    if (!member) return this.inPrivate(message, [{ text: NOT_BOUND }]);

    const year = query.year;
    if (year > thisYear) return this.inPrivate(message, [{ text: `${year}年还没有到，目前可以查询${thisYear}年及以前的履职情况。` }]);
    if (year < FIRST_YEAR) return null;
    const record = await this.options.records.memberRecord(member.id, year);
    if (!record) return this.inPrivate(message, [{ text: NOT_BOUND }]);
    this.options.log.info({ memberId: member.id, year }, 'record shown to its member');
    return this.inPrivate(message, [{ text: renderRecord(record) }]);
  }

  private refuse(message: InboundMessage, why: string): Reply[] {
    this.options.log.info({ channel: message.channel, sender: message.senderId, why }, 'record of another member refused');
    return [{ text: OWN_ONLY, ...(message.isGroup ? { mention: [message.senderId] } : {}) }];
  }

  private inPrivate(message: InboundMessage, replies: Reply[]): Reply[] {
    if (!message.isGroup) return replies;
    return [{ text: IN_GROUP, mention: [message.senderId] }, ...replies.map((reply) => ({ ...reply, private: true }))];
  }
}
