/** What a member says of themselves after their name: workplace, trade, tenure, age. */

// "在这边生活八年了", "退休好几年了": how long they have lived here, or been retired.
const TENURE = [
  '在(?:这边|这里|本地|这儿|咱们这|此地)(?:生活|居住|住)了?(?:快|有|都)?[一二三四五六七八九十两\\d]+多?年(?:了)?',
  '(?:已经|都)?退休(?:了)?(?:快|有|都|好)?(?:[一二三四五六七八九十两\\d]+|几|好几)多?年(?:了)?',
].join('|');
/** A clause saying only that: an aside about the member, beside their signature. */
export const TENURE_ALONE = new RegExp(`^(?:${TENURE})$`, 'u');

// "……苏兰，在师院教书", "王振宇 市体校的教练": where they work, what they do there and for how long, said after the name.
const WORK_CLAUSE = [
  '(?:退休前|之前|以前|原来|现在)?在\\p{Script=Han}{1,10}?(?:工作|上班|任职|教书|教学|行医|当(?:老师|医生|园长|校长|院长|护士|会计|主任|经理|教练|厂长|站长|所长|馆长|村支书|支书))(?:了)?(?:快|近|有)?(?:[一二三四五六七八九十两\\d]+多?年)?(?:了)?',
  '\\p{Script=Han}{1,8}?的?(?:教练|老师|教师|医生|律师|校长|院长|会计|工程师)',
  // "…陈思远，市中心医院急诊科的。": the workplace alone, said with 的.
  '\\p{Script=Han}{1,10}?(?:医院|卫生院|学校|小学|中学|大学|学院|幼儿园|公司|集团|银行|研究所|研究院|律师事务所|事务所)(?:\\p{Script=Han}{1,4}?(?:科|部|处|室|所|系)的?|的)',
  // "搞书法的", "做跨境电商的": the trade; "这届是第三次当委员了", "刚回国三年": how long.
  '(?:搞|做|干|从事)\\p{Script=Han}{1,8}?的',
  '(?:这届|这一届)?是第[一二三四五六七八九十两\\d]+(?:次|届)当(?:委员|常委)了?|刚?回国(?:快|有|才)?[一二三四五六七八九十两\\d]+多?年(?:了)?',
  // "在三中教了二十多年化学", "当了两届委员了", "嫁来这边二十年了", "在共青团界别".
  '(?:在\\p{Script=Han}{1,8}?)?(?:教|干|做|当|种|开|跑|管)了(?:快|近|有)?[一二三四五六七八九十两\\d]+多?年\\p{Script=Han}{0,4}?(?:了)?',
  '当了[一二三四五六七八九十两\\d]+届(?:政协)?(?:委员|常委)(?:了)?',
  '(?:嫁|搬|调)?(?:来|到)(?:这边|这里|本地|这儿|咱们这)(?:快|有|都)?[一二三四五六七八九十两\\d]+多?年(?:了)?',
  TENURE,
  '在\\p{Script=Han}{1,6}界别',
  // "在外办退休的": retired from where they worked.
  '在\\p{Script=Han}{1,10}?退休(?:的|了)?',
  // "周秀兰今年六十八了": the member's age.
  '(?:今年)?(?:已经|都)?(?:快|有)?[一二三四五六七八九十两\\d]{1,3}(?:多)?岁?了',
].join('|');
// ("…今年六十八了住在茅箭区…": where the member lives goes on into the story.)
export const WORKS_AT = new RegExp(`^(?:[，,\\s]*(?:${WORK_CLAUSE})(?=[，,。；;！!\\s]|电话|手机|住|家住|$))+`, 'u');
