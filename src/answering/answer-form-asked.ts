/**
 * "…请示报告了多少次 说个数就行别的不用", "…多少家重点企业 给我个准数我要原样引用", "…顺带说下是哪个报告里的":
 * how the member wants the answer (a bare figure, exact, short, with its source, without a part
 * named) asks nothing the knowledge base holds. Every answer is short and cites its report, so such a clause is set aside.
 */
const FORM_PARTS = [
  // 只要数字, 说个数就行, 麻烦给个准确数字, 给我个准数
  '(?:麻烦|请|劳驾)?(?:你)?(?:只要|只需要|只说|就说|说|给|报|来)(?:我)?(?:个|一个|一下)?(?:准|准确|具体|确切|精确)?(?:的)?(?:数|数字|数儿|个数|数据)(?:就行|就好|就可以|即可|就够)?了?',
  '别的(?:都)?不用(?:说|讲|管)?了?',
  '(?:我)?(?:要|得|好)?(?:原样|原话)?引用',
  '(?:简单|简短)(?:说|讲|点|些)(?:就行|就好)?',
  '一句话(?:说|讲)?(?:就行|就好)?',
  '(?:顺带|顺便|另外)?(?:说下|说一下|告诉我|标一下|标下|注明)?(?:是)?(?:出自)?哪(?:个|份|一份|篇)报告(?:里|上|中)?的?',
  '(?:顺带|顺便)?(?:说下|给下|标下|标一下|注明)出处',
  // "解决几个问题我不管 就问调查的次数", "参加的群众多少就不用说了": a part set aside, and the ask said again.
  '[^，,。？?！!\\s]{2,14}?(?:我不管|不用管|我不关心|就不用说了|不用说了|不用说)(?:了)?',
  '就问[^，,。？?！!\\s]{1,12}',
  // "…一年跑了多少趟 有个数没": whether there is a figure, asked after it.
  '有(?:个|没有)?(?:数|数字|具体数)(?:没|没有|不|吗)?',
  // "…能不能同时说好几个问题 有个啥原则来着 四个字的": what the answer is called, half remembered.
  '(?:好像|记得)?有(?:个|一个|一条)(?:啥|什么)(?:原则|说法|提法|口号|叫法|词)(?:来着|吧)?',
  '(?:好像|记得)?(?:是)?[二两三四五六七八\\d]个字的(?:吧|那个)?',
  // "…立案了多少件 就是最后立案的数": which figure, said again.
  '就是[^，,。？?！!\\s]{1,8}的(?:那个)?数(?:字)?',
];
const FORM_ONLY = new RegExp(`^(?:${FORM_PARTS.join('|')})+[。！!~～]*$`, 'u');

/** "我下个月全会要引用一下廊坊…的件数": what the member will quote it in, before what is asked. */
const QUOTING_FIRST = /^(?:我)?(?:明天|后天|下周|下礼拜|下个月|过几天|月底|年底)?(?:在)?(?:[^，,。？?\s]{0,8}?(?:会|会上|发言|稿子|材料)(?:里|上|中)?)?(?:要|想|准备|打算|得)(?:原样)?引用(?:一下)?(?=[^，,。？?\s]{6})/u;

export function withoutAnswerFormAsked(asked: string): string {
  const text = asked.replace(QUOTING_FIRST, '');
  const clauses = text.split(/(?<=[\s，,。？?！!])/u);
  const kept = clauses.filter((clause) => !FORM_ONLY.test(clause.replace(/[\s，,。？?！!]+$/u, '')));
  // Only after something else is asked: "只要数字" alone is no question to read.
  return kept.length === clauses.length || kept.join('').trim().length < 6 ? text : kept.join('').replace(/[\s，,]+$/u, '');
}
