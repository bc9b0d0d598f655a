/** The words that work in every step of every dialog, in the forms members type them. */

const strip = (text: string) => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();

/** A bot command as Telegram sends it ("/cancel", "/help@liaison_bot"), read before punctuation is stripped. */
const command = (text: string, name: string) => new RegExp(`^/${name}(?:@\\w+)?$`, 'iu').test(text.normalize('NFKC').trim());

const CANCEL =
  /^(?:取消|取消了|取消吧|撤销|撤回|放弃|不填了|不写了|不弄了|不办了|不交了|不提交了|不发了|不反映了|退出|退出填写|结束|停止|算了|算了吧|先算了|拉倒|拉倒吧|那算了|还是算了|不用了|先不|先不了|先不弄了|先不写了|先不填了|不想写了|不想填了|不想反映了|我不反映了)$/;
/** "算了，还是不反映了", "算了不弄了谢谢", "莫搞了" (湖北): giving up said with a little more. */
const CANCEL_PHRASE = /^(?:算了|那算了|好吧算了|哎算了|拉倒吧?|哎呀拉倒吧?)?(?:我)?(?:还是|暂时|先)?(?:不|别|莫)(?:反映|提交|填|写|弄|交|发|报|提|搞|整)(?:了|啦|吧)?(?:吧|了)?(?:谢谢|谢了)?$/;

/** Giving up in so many words, whatever follows: "还是不反映了，我先打12345问问". */
// "那这个事先不报了吧", "那我就不重复报了", "……写成提案吧，这里先不报了": the matter named, or reported by somebody else already.
const GIVING_UP = /^(?:那就算了|就算了|算了|那算了|好吧|哎呀|哎|唉|拉倒吧?|那就|那|那我)?(?:我)?(?:这个事|这件事|这个|这条|这次|这事|这边|这里)?(?:还是|暂时|先|就){0,2}(?:不用|不必|没必要|不需要|不|别|莫)(?:再|单独|重复)?(?:反映|提交|填|写|报|弄|搞|整)(?:了|啦)|^(?:这个|这条|这次|那就|那)?(?:先|就|还是)?(?:取消|放弃|撤了|撤回|撤掉){1,2}(?:吧|了|掉|算了|填写|提交)*$/;
/** "哎呀不是 我按错了": the dialog was started by mistake. */
const MISTAKEN = /^(?:哎呀|哎|啊|呀)?(?:不是|不对)?(?:我)?(?:按错|点错|发错|摁错)(?:了|啦)?$/;

/** "李委员刚打电话来说这条先不报了": the one it is reported for has called it off. */
const CALLED_OFF = /^\p{Script=Han}{0,12}?(?:说|讲|让我|叫我)(?:这条|这个|这次|这件事)?(?:先|还是|暂时)?(?:不|别)(?:报|反映|提交|交|发)了(?:吧)?$/u;

/** "算了" as it leads giving up. */
const LET_IT_GO = '(?:算了|那算了|还是算了|哎算了)';
const LET_IT_GO_ALONE = new RegExp(`^${LET_IT_GO}$`, 'u');

/** "算了 等我了解清楚再说吧", "算了，回头再报": giving up for now, to come back with a new start. */
const PUT_OFF = new RegExp(`^${LET_IT_GO}(?:吧)?(?:等我|等|我先|先|回头|以后|改天|下次)\\p{Script=Han}{0,14}?再(?:说|报|反映|提|来|弄|写)(?:吧|了|哈)?$`, 'u');

/** "算了，这是单位内部的事，我还是先跟领导反映吧": given up here, to be taken to someone else first. */
const TAKEN_ELSEWHERE = /^(?:我)?(?:还是)?(?:先)?(?:跟|找|和|向|去找)\p{Script=Han}{1,6}?(?:反映|说说|说一下|说|问问|沟通|商量)(?:一下)?(?:看看?)?(?:吧|了|再说)?$/u;

/** The member's own detail that they may leave out: "我的电话你们那里有", "名字你们知道". */
const DETAIL = /^(?:我的?|本人的?)?(?:电话|手机号?|号码|名字|姓名|界别)/u;

/** Thanks or an apology closing a message: "麻烦你了", "谢谢". */
const POLITE_CLOSE = /^(?:麻烦(?:你|您)了|麻烦了|谢谢(?:你|您)?|谢了|辛苦了|不好意思|打扰了)[啊呀哈哦啦]*$/u;

export function isCancel(text: string): boolean {
  // "……上次老周已经报过了 /cancel": the command at the end of what the member says.
  if (command(text, 'cancel') || /(?:^|\s)\/cancel(?:@\w+)?\s*$/iu.test(text.normalize('NFKC'))) return true;
  const compact = strip(text);
  // ("算了，我先问问村里是怎么回事，弄清楚再说": what is to be found out first, said at some length.)
  if (compact.length <= 24 && PUT_OFF.test(compact)) return true;
  if (compact.length <= 16 && (CANCEL.test(compact) || CANCEL_PHRASE.test(compact) || /^(?:算了|不用了)(?:吧|谢谢|谢了)?$/.test(compact))) return true;
  // The first two clauses of a longer message: a plain "算了" may go on with the story, giving up may not.
  const clauses = text.normalize('NFKC').split(/[，,。.！!；;\n\s]/).map(strip).filter(Boolean);
  const lead = clauses.slice(0, 3);
  // "我的电话你们那里有，就不写了": what is not written is the detail just named, not the report.
  const ofADetail = (i: number) => i > 0 && DETAIL.test(clauses[i - 1] ?? '');
  if (lead.some((clause, i) => (GIVING_UP.test(clause) && clause.length <= 10 && !ofADetail(i)) || CALLED_OFF.test(clause) || MISTAKEN.test(clause))) return true;
  // "算了，这个我先问问物业，不反映了", "哦不对，区里已经在改了，不用报了": given up at the end of a short message.
  // ("……已经在弄了 不反映了 麻烦你了": thanks after it close the message.)
  const said = clauses.length > 1 && POLITE_CLOSE.test(clauses.at(-1) ?? '') ? clauses.slice(0, -1) : clauses;
  const last = said.at(-1) ?? '';
  if (said.length <= 4 && LET_IT_GO_ALONE.test(clauses[0] ?? '') && TAKEN_ELSEWHERE.test(last)) return true;
  return said.length <= 5 && GIVING_UP.test(last) && last.length <= 8 && !ofADetail(said.length - 1);
}

export function isHelp(text: string): boolean {
  // "这个怎么弄啊 我不太会": asked how, with the trouble said.
  return command(text, 'help') || /^(?:帮助|help|怎么填|怎么写|怎么弄|不会填|不知道怎么填|有哪些步骤|说明)$/i.test(strip(text)) || /^(?:这个)?(?:要)?(?:怎么|咋)(?:弄|填|写|搞|用)(?:啊|呀|呢|哦)?(?:我)?(?:不太会|不会|不懂|不知道)?(?:啊|呀)?$/u.test(strip(text));
}

export function isPreview(text: string): boolean {
  return /^(?:预览|查看草稿|看看草稿|看一下草稿|草稿|看看|看一下|看看写了什么|看看内容|我写了什么)$/.test(strip(text));
}
