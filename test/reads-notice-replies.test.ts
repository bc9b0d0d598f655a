import { describe, expect, it } from 'vitest';
import { answerAboutNotice, questionIn, readLeaveReason, readReply, type NoticeTopic, type ReplyReading } from '../src/notices/chat/read-reply.ts';
import { pickNotice, splitPerNotice } from '../src/notices/chat/several-notices.ts';

type Expected = ReplyReading & { noticeId?: number };

const attend = (remark = ''): Expected => ({ kind: 'attend', remark });
const leave = (reason = ''): Expected => ({ kind: 'leave', reason });
const unclear: Expected = { kind: 'unclear' };
const none: Expected = { kind: 'none' };
const asks = (topic: NoticeTopic): Expected => ({ kind: 'question', topic });

function reads(title: string, cases: [string, Expected][]) {
  describe(title, () => {
    it.each(cases)('%s', (text, expected) => {
      expect(readReply(text)).toEqual(expected);
    });
  });
}

reads('plain answers', [
  ['参加', attend()],
  ['我参加', attend()],
  ['本人参加', attend()],
  ['准时参加', attend()],
  ['出席', attend()],
  ['一定到', attend()],
  ['会去的', attend()],
  ['能去', attend()],
  ['我来', attend()],
  ['到时候见', attend()],
  ['没问题我去', attend()],
  ['好的我会去', attend()],
  ['按时参会', attend()],
  ['请假', leave()],
  ['不参加', leave()],
  ['我就不参加了', leave()],
  ['参加不了', leave()],
  ['我来不了', leave()],
  ['去不成了', leave()],
  ['走不开', leave()],
  ['无法出席', leave()],
  ['缺席', leave()],
  ['请个假', leave()],
  ['告假', leave()],
  ['去不了，在外地', leave('在外地')],
  ['请假：在外地出差', leave('在外地出差')],
  ['那天有事', leave('那天有事')],
  ['那天我要陪孩子去医院复查', leave('那天我要陪孩子去医院复查')],
  ['看到了，我参加', attend()],
]);

reads('acknowledgements that do not answer', [
  ['好的', unclear],
  ['收到', unclear],
  ['知道了', unclear],
  ['嗯', unclear],
  ['嗯嗯', unclear],
  ['谢谢', unclear],
  ['收到谢谢', unclear],
  ['好的，辛苦了', unclear],
  ['已阅', unclear],
  ['OK', unclear],
  ['谢谢王秘书', unclear],
]);

reads('emoji and WeChat emoticons', [
  ['参加😊', attend()],
  ['👍', unclear],
  ['🙏🙏', unclear],
  ['[强]', unclear],
  ['[OK]', unclear],
  ['好的[微笑]', unclear],
  ['［强］［强］', unclear],
  ['准时参加[握手]', attend()],
  ['[抱拳]去不了，在外地', leave('在外地')],
  ['去不了😭 孩子住院了', leave('孩子住院了')],
  ['收到👌我参加', attend()],
]);

reads('Traditional characters and full-width forms', [
  ['參加', attend()],
  ['我會準時出席', attend()],
  ['請假，在外地出差', leave('在外地出差')],
  ['臨時有事，來不了了', leave('临时有事')],
  ['參加，可能會晚到', attend('可能会晚到')],
  ['幾點開始？', asks('time')],
  ['會議在哪裡？', asks('place')],
  ['参加 １２', { ...attend(), noticeId: 12 }],
]);

reads('typos of 参加', [
  ['惨加', attend()],
  ['参家', attend()],
  ['餐加', attend()],
  ['我准时惨加', attend()],
  ['参家不了，要出差', leave('要出差')],
]);

reads('voice input run together without punctuation', [
  ['收到王秘书我准时参加', attend()],
  ['嗯嗯好的到时候一定准时到', attend()],
  ['那天有手术来不了', leave('那天有手术')],
  ['这次就不去了家里有点事', leave('家里有点事')],
  ['王老师好我这周五要去上海开会实在是赶不回来了只能请假了不好意思', leave('这周五要去上海开会')],
  ['好的王秘书我那天在外地出差回不来请个假', leave('那天在外地出差')],
  ['我参加但是可能会迟到十几分钟', attend('可能会迟到十几分钟')],
  ['我参加需要带什么材料吗', attend()],
  ['因为要去医院复查所以来不了', leave('要去医院复查')],
  ['嗯那个王秘书啊我跟你说一下那天我可能去不了因为我要去北京开会', leave('要去北京开会')],
]);

reads('polite and formal messages', [
  ['王秘书您好，我准时参加。谢谢！', attend()],
  ['本人届时将准时出席。', attend()],
  ['本人因病住院，特此请假', leave('因病住院')],
  ['尊敬的市政协办公室：本人因公出国，不能参加会议，特此请假。', leave('因公出国')],
  ['兹因本人在外地学习，不克出席，特此告假。', leave('在外地学习')],
  ['敬爱的王秘书：您好！我因单位年终考核工作安排，无法出席本次常委会议，特向您请假，敬请谅解。', leave('因单位年终考核工作安排')],
  [
    '王秘书您好，本人因下周需赴省里参加全省政协系统培训班，时间与常委会冲突，无法参加本次会议，特此请假，望批准。谢谢！——民盟李明',
    leave('因下周需赴省里参加全省政协系统培训班，时间与常委会冲突'),
  ],
  ['张主任好，这次会议我请假，望批准。—— 教育界 陈红', leave()],
  ['请假，出差。教育界张三', leave('出差')],
  ['王秘书您好！通知已收到，本人将准时出席市政协十四届常委会第十次会议，会前会认真阅读会议材料。', attend()],
  ['不好意思，那天我要陪老人看病，参加不了', leave('那天我要陪老人看病')],
]);

reads('coming in part', [
  ['可能晚到半小时', attend('可能晚到半小时')],
  ['我去，不用给我安排车，我自己开车过去', attend('不用给我安排车，我自己开车过去')],
  ['会我参加，会后的聚餐就不去了', attend('会后的聚餐就不去了')],
  ['本来想请假的，后来把事情调开了，参加', attend()],
  ['不出意外的话参加', attend()],
  ['我来，堵车的话可能迟个十几分钟', attend('堵车的话可能迟个十几分钟')],
  ['参加参加我从竹山赶过来可能要九点过一刻才到', attend('从竹山赶过来可能要九点过一刻才到')],
  ['我参加，不过下午要提前走', attend('下午要提前走')],
  ['只能参加上午', attend('只能参加上午')],
  ['下午才能到', attend('下午才能到')],
  ['参加，下午三点以后才能到', attend('下午三点以后才能到')],
  ['参加，中途可能要先走', attend('中途可能要先走')],
  ['上午来不了，下午到', attend('上午来不了，下午到')],
  ['第一天参加，第二天请假', attend('第二天请假')],
  ['保证不迟到', attend()],
  ['可能要早退一会儿', attend('可能要早退一会儿')],
  ['不能按时到，可能晚十分钟', attend('不能按时到，可能晚十分钟')],
  ['可以晚点到吗？', attend('晚点到')],
  ['我下午要提前走，可以吗？', attend('下午要提前走')],
  ['参加，四点钟要提前离会去接孩子', attend('四点钟要提前离会去接孩子')],
  ['我在参加别的会，晚点到', attend('晚点到')],
]);

reads('other engagements and stand-ins', [
  ['那天要参加培训', leave('那天要参加培训')],
  ['要参加孩子的婚礼', leave('要参加孩子的婚礼')],
  ['跟区里的会撞了', leave('跟区里的会撞了')],
  ['已经安排了别的事', leave('已经安排了别的事')],
  ['我让秘书代我参加', leave('让秘书代我参加')],
  ['参加调研活动', attend()],
  ['我参加这次调研', attend()],
  ['我已经请过假了', leave()],
  ['刚才说的参加，改成请假吧，临时有事', leave('临时有事')],
  // Someone answering from the member's account, for the member.
  ['我是老张爱人，替他回一下，老张那天在外地开会去不了', leave('老张那天在外地开会')],
]);

reads('unsure or conditional answers', [
  ['看手术安排吧，能排开就来', unclear],
  ['孩子那天要是不发烧我就来', unclear],
  ['还不确定', unclear],
  ['看情况', unclear],
  // Either way will do: which one is still to ask, not a question about the meeting.
  ['去不去都行 你们看着办', unclear],
  ['再说吧', unclear],
  ['待定', unclear],
  ['不一定能去', unclear],
  ['能不能去还不确定', unclear],
  ['如果没事就去', unclear],
  ['我问问单位再回复您', unclear],
  ['可能参加', unclear],
  ['应该没问题', unclear],
  ['我这边没问题', unclear],
  ['收到，我尽量', unclear],
  ['我看一下日程', unclear],
  ['可能晚到，也可能来不了', unclear],
  // Two members' corpora written apart (sets 25 and 27) ask about a bare "可能去不了"; settled, it is a leave.
  ['可能去不了', unclear],
  ['可能去不成了', leave()],
  ['估计来不了', leave()],
  ['请假。哦不对，我参加', attend()],
  ['不请假了，我参加', attend()],
  ['这次参加不了了，下次一定参加', leave()],
  ['那天要参加省里的培训', leave('那天要参加省里的培训')],
]);

reads('questions about the meeting', [
  ['几点开始？', asks('time')],
  ['有啥事找哪个联系', asks('contact')],
  ['是星期几', asks('time')],
  ['会开多久', asks('time')],
  ['在哪', asks('place')],
  ['怎么走', asks('place')],
  ['会议在几楼？', asks('place')],
  ['地址发我一下', asks('place')],
  ['要穿正装吗', asks('dress')],
  ['着装有要求吗', asks('dress')],
  ['需要带什么', asks('bring')],
  ['要准备发言稿吗？', asks('bring')],
  ['参加会议需要带什么？', asks('bring')],
  ['议程是什么', asks('agenda')],
  ['有问题联系谁', asks('contact')],
  // "有事" asked about is no busy day.
  ['联系人电话多少 我有事问一下', asks('contact')],
  ['回执截止到什么时候', asks('deadline')],
  ['有午饭吗？', asks('other')],
  ['谁主持？', asks('agenda')],
  ['需要提前到吗？', asks('time')],
  ['是线上还是线下？', asks('other')],
  ['可以请人代替参加吗？', asks('other')],
  ['我参加，需要带什么吗？', attend()],
  ['几点开始？我一定到', attend()],
  ['去不了，需要写书面请假条吗？', leave()],
  ['可以请假吗？我那天出差', leave('那天出差')],
]);

reads('English, Cantonese, Wu and Min words, jokes and emphasis', [
  ['ok收到 will attend', attend()],
  ['冇问题，我会嚟㗎', attend()],
  ['晓得了，我来额', attend()],
  ['歹势，彼日我无闲，要去厦门顾工厂', leave('那天我没空，要去厦门顾工厂')],
  ['我说不去你们也不答应啊😂 去去去', attend()],
  ['请假条就不写了，人到', attend()],
  ['周五见', attend()],
  ['明天的读书活动我参加', none],
  ['两个都去', attend()],
  ['我12月4号晚上从深圳飞回来，5号上午肯定赶得上', attend()],
  ['那天下午我要给学生监考', leave('那天下午我要给学生监考')],
  ['参加，我带一份书面意见，会上想发个言', attend('我带一份书面意见，会上想发个言')],
  ['参加。我腿脚不方便，拄拐，到时候麻烦安排人在楼下接一下', attend('我腿脚不方便，拄拐，到时候麻烦安排人在楼下接一下')],
  ['上回常委会我请了假，被主席点了名，这回说啥也得到场', attend()],
  ['下午我要参加市人大的一个座谈会，只能请假了', leave('下午我要参加市人大的一个座谈会')],
  ['发言我准备不了，人去听听可以，算参加吧', attend('发言我准备不了')],
  ['这个会我不能不去，营商环境那份报告是我们组牵头起草的', attend()],
  ['不去？那怎么可能，报告里一半的调研是我跑的', attend()],
  ['咋不去呢，必须滴，到时候见哈', attend()],
  ['我不参加谁参加😏', attend()],
  ['[握手]周五会上见', attend()],
  ['周五省里督查组要来我们厂，我哪有空去开会啊', leave('周五省里督查组要来我们厂')],
  ['参加个啥呀，人在乌鲁木齐呢，下个礼拜才回得去', leave('人在乌鲁木齐，下个礼拜才回得去')],
  ['参加？我倒是想参加，可我左腿刚打了石膏', leave('左腿刚打了石膏')],
  ['涯该日爱去武汉医院复查，唔得去哩', leave('那天爱去武汉医院复查')],
  ['转发：关于召开市政协十四届常委会第十次会议的通知，请于12月3日18:00前回复参加或请假', none],
  ['[聊天记录] 李委员：我这次请假，在外地。', none],
  ['我来是来，就是不太会发言，能不能只听不讲', attend('只听不讲')],
  ['参加，我腿伤还没好要坐轮椅，麻烦安排一下无障碍通道', attend('我腿伤还没好要坐轮椅，麻烦安排一下无障碍通道')],
  ['提前15分钟怕是做不到，9点准时到', attend('提前15分钟怕是做不到')],
  ['我去不了……等等，那个出差是6号，5号没事，我参加', attend()],
  ['好的收到我那天参加就是早上要先送我妈去医院打针可能九点过十分才能到不好意思', attend('早上要先送我妈去医院打针可能九点过十分才能到')],
]);

reads('coming as every time before, leaving early for a duty, giving up the one pointed at', [
  ['去年每次常委会我都到了，这次也一样', attend()],
  // The same as a past absence is not taken for coming; the member is asked.
  ['上次请假了，这次也一样', unclear],
  ['去，四点要赶回公司开会，得提前走', attend('四点要赶回公司开会，得提前走')],
  ['要发言的那个算了，我没啥好讲的', leave('没啥好讲的')],
]);

describe('a question asked alongside an answer', () => {
  it.each<[string, NoticeTopic | null]>([
    ['我参加，需要带什么吗？', 'bring'],
    ['几点开始？我一定到', 'time'],
    ['收到，准时参加，会场在几楼？', 'place'],
    ['参加', null],
    ['可以请假吗？', null],
    ['提案怎么写？', null],
  ])('%s', (text, topic) => {
    expect(questionIn(text)).toBe(topic);
  });
});

reads('messages that are not a reply', [
  ['提案怎么写？', none],
  ['社情民意多久有回复？', none],
  ['我想反映社情民意', none],
  ['反映一个问题：我们小区没有充电桩', none],
  ['政协委员有哪些权利？', none],
  ['绑定 张三 1234', none],
  ['/help', none],
  ['/start', none],
  ['发布通知', none],
  ['回执 12', none],
  ['您好', none],
  ['王秘书早上好', none],
  ['在吗', none],
  ['今天天气怎么样', none],
  ['参加了昨天的会很有收获', none],
  ['居民出行不方便', none],
  ['我上周在外地出差时看到高速服务区厕所很脏', none],
  ['我参加社区志愿活动时发现路灯坏了', none],
  [
    '我们小区门口的路灯坏了好几个月了，晚上居民出行很不方便，建议有关部门尽快修复，并建立定期巡查机制。希望政协能够反映一下。',
    none,
  ],
]);

reads('notice numbers', [
  ['参加 12', { ...attend(), noticeId: 12 }],
  ['#12 参加', { ...attend(), noticeId: 12 }],
  ['12 参加', { ...attend(), noticeId: 12 }],
  ['请假 12 外出调研', { ...leave('外出调研'), noticeId: 12 }],
  ['请假#7 身体不适', { ...leave('身体不适'), noticeId: 7 }],
  ['通知12 几点开始？', { ...asks('time'), noticeId: 12 }],
  ['参加12号的会', attend()],
  ['请假3天', leave()],
]);

reads('double negatives, dialect and typos', [
  ['这种会没法不去的[捂脸]', attend()],
  ['不去不行啊', attend()],
  ['我没说不去啊，之前回的是收到，我参加', attend()],
  ['不得不请个假，5号要出庭', leave('5号要出庭')],
  ['搿天我来勿了，要到上海去看毛病', leave('搿天，要到上海去看毛病')],
  ['青假 胃炎犯了', leave('胃炎犯了')],
  ['家里有事走不脱，请个假撒', leave('家里有事走不脱')],
]);

reads('written for the member by someone else', [
  ['您好，我是市一医院办公室的，替刘主任回复一下：刘主任5号上午有一台省里专家会诊，无法参会，请假。', leave('刘主任5号上午有一台省里专家会诊')],
  ['我是赵总的助理，赵总这次常委会请假', leave()],
  ['我是黄委员的老伴，他这两天血压高，医生不让出门，去不了了', leave('他这两天血压高，医生不让出门')],
]);

reads('what a careless reader would record wrong', [
  ['请假就算了，我去吧，反正那天也没啥事', attend()],
  ['常委会我哪能不去，肯定到', attend()],
  ['别给我记请假啊，上次是你们搞错了，这次我参加', attend()],
  ['十月份那次我缺席了，很不好意思，这次不会了，准到', attend()],
  ['😂😂去去去，哪敢不去', attend()],
  ['我要是不去，王秘书不得把我电话打爆😂 去', attend()],
  ['请假？不存在的😎', attend()],
  ['去不了……等一下，我看错日子了，五号可以，参加', attend()],
  ['没说不去啊，发言稿都写了一半了', attend()],
  ['请假吧……算了算了，题目是营商环境，我们企业最有发言权，还是去', attend()],
]);

reads('negated leave, topics and voice fillers', [
  ['不会请假，会去', attend()],
  // "两个都报" says which, not why: the reason is still to ask.
  ['我两个都报请假吧', leave()],
  ['小王啊，上次调研的材料我整理好了回头发你。会的话我参加，你帮我留个靠边的位置，我腰不好', attend('你帮我留个靠边的位置')],
  ['额那天去不成咧，额婆娘住院咧，额得伺候', leave('额那天，额婆娘住院咧，额得伺候')],
]);

it('reads a voice message full of fillers as the leave it asks for', () => {
  const reading = readReply('那个什么呃我想一下啊五号是吧五号我在外地嗯对不在家请个假');
  expect(reading.kind).toBe('leave');
  expect(reading.kind === 'leave' && reading.reason).toContain('我在外地');
});

reads('passed on for the member, with no answer of the writer’s own', [
  ['张委员让我转告：五号的常委会他参加', attend()],
  ['王秘书您好，张委员让我转告一下，他12月4号到6号在省里参加民主党派培训班，常委会请假', leave('他12月4号到6号在省里参加民主党派培训班')],
  ['我是马委员的儿子，我爸耳朵不好使，电话听不清，让我在微信上回一下：他参加', attend()],
  ['老周托我跟你说他那天请假，我自己是参加的', attend()],
]);

reads('answers that are not yet certain, and notes beside a yes', [
  ['大概率能去，还得等省里的检查日程定下来', unclear],
  ['这个会我尽量参加哈，但是那周可能要去北京，3号前给你准信', unclear],
  ['参加，９：３０左右到', attend('9：30左右到')],
  ['屆時出席，惟當日需提早離席，約十點半', attend('惟当日需提早离席')],
  ['下午开完庭直接过去，三点前应该到得了', attend('三点前应该到得了')],
  ['我参加，能带公司法务一起列席吗', attend('带公司法务一起列席')],
  ['哪些人参加这个会', asks('scope')],
]);

reads('the country, the car and the reply form', [
  ['我克的，冇得问题', attend()],
  ['妥妥儿的，我指定到', attend()],
  ['要得嘛，五号我一早就下来，坐头班车', attend()],
  ['两点半我赶不到，三点钟到得了', attend('两点半我赶不到，三点钟到得了')],
  ['王秘书：本人因参加自治区民族团结进步表彰大会，无法出席常委会，特此请假。 努尔兰·哈力木别克', leave('因参加自治区民族团结进步表彰大会')],
  ['回  执\n姓    名：周建华\n是否参加：是（√）   否（  ）\n备    注：无', attend()],
  ['回执\n姓名：宋国庆\n是否参加：参加\n发言题目：关于降低中小企业物流成本的建议', attend()],
  ['要提前好久到哦', asks('time')],
  ['是所有委员都要去，还是只有常委？', asks('scope')],
]);

it('reads 清加 in voice input as 请假, with the reason after it', () => {
  const reading = readReply('五号上午的会我清加一下那天上午银行来我们厂里做授信审查我必须在');
  expect(reading.kind).toBe('leave');
  expect(reading.kind === 'leave' && reading.reason).toContain('银行来我们厂里做授信审查');
});

const PENDING = [
  { id: 12, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日上午9:00', place: '市民之家三楼会议室' },
  { id: 13, title: '关于召开优化营商环境专题协商会的通知', time: '2026年12月10日下午2:30', place: '市政协机关二楼报告厅' },
  { id: 14, title: '关于参加全市代表委员培训班的通知', time: '12月18日（星期五）全天', place: '市委党校' },
];

describe('which of several notices a message names', () => {
  it.each<[string, number | null]>([
    ['常委会我参加', 12],
    ['协商会去不了', 13],
    ['营商环境那个会我请假', 13],
    ['培训班参加', 14],
    ['党校那个去不了', 14],
    ['市民之家那个会我参加', 12],
    ['5号的会参加', 12],
    ['十号的去不了', 13],
    ['12月5日的参加', 12],
    ['周五的参加', 14],
    ['第二个参加', 13],
    ['最后一个请假', 14],
    ['参加 13', 13],
    ['#14 请假', 14],
    ['12', 12],
    ['参加', null],
    ['去不了，在外地', null],
    ['15号的会参加', null],
    ['14号请假', 14],
    ['我跟单位协商一下再说', null],
    ['参加 99', null],
    ['常委会和协商会都参加', null],
  ])('%s', (text, id) => {
    expect(pickNotice(text, PENDING)).toBe(id);
  });
});

describe('one message answering several notices', () => {
  it.each<[string, { noticeId: number; reading: ReplyReading }[] | null]>([
    [
      '常委会我参加，协商会去不了在外地',
      [
        { noticeId: 12, reading: attend() },
        { noticeId: 13, reading: leave('在外地') },
      ],
    ],
    [
      '常委会参加 协商会请假 出差',
      [
        { noticeId: 12, reading: attend() },
        { noticeId: 13, reading: leave('出差') },
      ],
    ],
    [
      '5号的参加，10号的来不了，要去北京',
      [
        { noticeId: 12, reading: attend() },
        { noticeId: 13, reading: leave('要去北京') },
      ],
    ],
    [
      '王秘书好，常委会准时到，营商环境协商会可能晚到半小时，培训班请假',
      [
        { noticeId: 12, reading: attend() },
        { noticeId: 13, reading: attend('可能晚到半小时') },
        { noticeId: 14, reading: leave() },
      ],
    ],
    [
      '常委会和协商会都参加',
      [
        { noticeId: 12, reading: attend() },
        { noticeId: 13, reading: attend() },
      ],
    ],
    ['都去不了，在外地', PENDING.map((n) => ({ noticeId: n.id, reading: leave('在外地') }))],
    ['三个会都来不了，住院了', PENDING.map((n) => ({ noticeId: n.id, reading: leave('住院了') }))],
    [
      '营商环境的我去，常委会请假，人在外地',
      [
        { noticeId: 13, reading: attend() },
        { noticeId: 12, reading: leave('人在外地') },
      ],
    ],
    [
      '12号参加，13号请假',
      [
        { noticeId: 12, reading: attend() },
        { noticeId: 13, reading: leave() },
      ],
    ],
    [
      '第一个去，第二个不去',
      [
        { noticeId: 12, reading: attend() },
        { noticeId: 13, reading: leave() },
      ],
    ],
    [
      '第一个参加，第二个看情况',
      [
        { noticeId: 12, reading: attend() },
        { noticeId: 13, reading: unclear },
      ],
    ],
    ['常委会我参加', null],
    ['参加', null],
    ['都好的', null],
  ])('%s', (text, parts) => {
    expect(splitPerNotice(text, PENDING)).toEqual(parts);
  });

  it('reads "the other one" of two meetings as the one not named', () => {
    expect(splitPerNotice('常委会去，另一个不去了，那天有课', PENDING.slice(0, 2))).toEqual([
      { noticeId: 12, reading: attend() },
      { noticeId: 13, reading: leave('那天有课') },
    ]);
  });

  it('needs at least two pending notices', () => {
    expect(splitPerNotice('常委会我参加，协商会请假', PENDING.slice(0, 1))).toBeNull();
  });
});

describe('two notices: only one of them, for someone else, or both in English', () => {
  it.each<[string, { noticeId: number; reading: ReplyReading }[]]>([
    ['只能参加一个，我去常委会，另一个那天要接待外地客商', [{ noticeId: 12, reading: attend() }, { noticeId: 13, reading: leave('那天要接待外地客商') }]],
    ['我是陈委员的秘书，陈委员常委会参加，协商会他在外地考察，请假', [{ noticeId: 12, reading: attend() }, { noticeId: 13, reading: leave('在外地考察') }]],
    ['Both OK，都attend', [{ noticeId: 12, reading: attend() }, { noticeId: 13, reading: attend() }]],
    ['常委会请假，协商会参加。请假原因：出差广州', [{ noticeId: 12, reading: leave('出差广州') }, { noticeId: 13, reading: attend() }]],
    ['协商会参加；常委会不是不想去，是那天要出庭', [{ noticeId: 13, reading: attend() }, { noticeId: 12, reading: leave('那天要出庭') }]],
    ['张委员让我转告：常委会他参加，协商会请假，他在深圳招商', [{ noticeId: 12, reading: attend() }, { noticeId: 13, reading: leave('在深圳招商') }]],
  ])('%s', (text, expected) => {
    expect(splitPerNotice(text, PENDING.slice(0, 2))).toEqual(expected);
  });

  it('cannot tell apart a date of one notice said with the name of the other', () => {
    expect(splitPerNotice('10号的常委会我去', PENDING.slice(0, 2))).toBeNull();
  });
});

describe('two notices told apart by what they say', () => {
  const A = { id: 1, title: '关于召开市政协十四届常委会第十次会议的通知', time: '12月5日（星期五）上午9:00', place: '市民之家三楼第一会议室', scope: '全体常委', body: '会议审议《关于优化营商环境的协商报告》。请提前15分钟到场，着正装。' };
  const B = { id: 2, title: '关于参加“优化营商环境”专题协商会的通知', time: '12月10日下午2:30', place: '市政协机关四楼会议室', scope: '相关界别委员', body: '围绕优化营商环境开展专题协商，请做好发言准备。' };
  const both = [B, A];

  it.each<[string, number | null]>([
    ['要发言的那个会我参加，稿子正在改', 2],
    ['要穿正装的那个会我去', 1],
    ['9点那个我到', 1],
    ['两点半的会请假', 2],
    ['机关四楼那个我参加', 2],
    ['协商那个会我参加', 2],
    // Both meetings are about 营商环境: which one is asked.
    ['营商环境那个我请假，在外地', null],
    ['我准时到场的', null],
  ])('%s', (text, id) => {
    expect(pickNotice(text, both)).toBe(id);
  });

  it('takes the notice a quote-reply quotes', () => {
    expect(pickNotice('参加', both, '「关于参加“优化营商环境”专题协商会的通知」')).toBe(2);
    expect(pickNotice('请假，那天在省里学习', both, '「关于召开市政协十四届常委会第十次会议的通知」')).toBe(1);
  });

  it('reads "前一个" as the one sent first, whatever order they are listed in', () => {
    expect(splitPerNotice('前一个参加，后一个请假，后面那周要去北京', both)).toEqual([
      { noticeId: 1, reading: attend() },
      { noticeId: 2, reading: leave('后面那周要去北京') },
    ]);
  });

  it.each<[string, { noticeId: number; reading: ReplyReading }[]]>([
    [
      '两个都参加，常委会可能晚到一刻钟',
      [
        { noticeId: 1, reading: attend('可能晚到一刻钟') },
        { noticeId: 2, reading: attend() },
      ],
    ],
    [
      '常委会得行，协商会搞不赢，那天要下乡扶贫',
      [
        { noticeId: 1, reading: attend() },
        { noticeId: 2, reading: leave('那天要下乡扶贫') },
      ],
    ],
    [
      '周五那个我来，周三那个去不了，有课',
      [
        { noticeId: 1, reading: attend() },
        { noticeId: 2, reading: leave('有课') },
      ],
    ],
    [
      '只能去一个，常委会吧',
      [
        { noticeId: 1, reading: attend() },
        { noticeId: 2, reading: leave() },
      ],
    ],
    [
      '常委会不请假，协商会请假，那天下午有手术',
      [
        { noticeId: 1, reading: attend() },
        { noticeId: 2, reading: leave('那天有手术') },
      ],
    ],
  ])('%s', (text, parts) => {
    expect(splitPerNotice(text, both)).toEqual(parts);
  });
});

describe('the reason sent after the bot asked for one', () => {
  it.each<[string, string | null]>([
    ['在外地出差', '在外地出差'],
    ['家里老人住院，需要照顾', '家里老人住院，需要照顾'],
    ['孩子高考', '孩子高考'],
    ['个人原因', '个人原因'],
    ['不好意思，临时要陪领导接待外宾', '临时要陪领导接待外宾'],
    ['因为要值班', '要值班'],
    ['原因是在外地培训', '在外地培训'],
    ['嗯，在省里学习', '在省里学习'],
    ['要去北京开会，谢谢', '要去北京开会'],
    ['最近单位在搞年终考核，我负责的部门事情特别多，一时半会儿离不了人', '最近单位在搞年终考核，负责的部门事情特别多，一时半会儿离不了人'],
    ['請假原因：身體不適', '身体不适'],
    ['他4号到8号在义乌参展', '他4号到8号在义乌参展'],
    ['无', ''],
    ['没有原因', ''],
    ['请假', ''],
    ['算了不请了', null],
    ['那我还是参加吧', null],
    ['几点结束？', null],
    ['好的', null],
    ['[抱拳]', null],
    ['取消', null],
    ['/help', null],
    ['我想反映社情民意', null],
  ])('%s', (text, reason) => {
    expect(readLeaveReason(text)).toBe(reason);
  });
});

describe('answering from the notice', () => {
  const notice = {
    title: '关于召开市政协十四届常委会第十次会议的通知',
    time: '12月5日上午9:00',
    place: '市民之家三楼会议室',
    scope: '全体常委',
    body: '会议议程：\n一、审议市政协年度工作报告；\n二、通报提案办理情况。\n\n请携带履职手册，着正装。请于8:30前到会签到。会务联系人：李明，电话 0571-88886666。',
    replyBy: new Date('2099-12-03T10:00:00Z'),
  };
  const bare = { ...notice, body: '请准时参加。', replyBy: null };

  it.each<[NoticeTopic, string]>([
    ['time', '市政协十四届常委会第十次会议的时间是12月5日上午9:00。通知中写明：请于8:30前到会签到。'],
    ['place', '市政协十四届常委会第十次会议的地点是市民之家三楼会议室。'],
    ['dress', '通知中写明：着正装。'],
    ['bring', '通知中写明：请携带履职手册。'],
    ['agenda', '会议议程：一、审议市政协年度工作报告；二、通报提案办理情况。'],
    ['contact', '通知中写明：会务联系人：李明，电话 0571-88886666。'],
    ['deadline', '回执截止时间是2099年12月3日18:00，请在此前回复“参加”或“请假 原因”。'],
  ])('%s from what the notice says', (topic, answer) => {
    expect(answerAboutNotice(topic, notice)).toBe(answer);
  });

  it.each<NoticeTopic>(['dress', 'bring', 'agenda', 'contact'])('%s the notice does not mention is said to be missing', (topic) => {
    const answer = answerAboutNotice(topic, bare);
    expect(answer).toMatch(/^通知中没有/);
    expect(answer).toContain('市政协办公室');
  });

  it('says when there is no deadline, and repeats the essentials for anything else', () => {
    expect(answerAboutNotice('deadline', bare)).toBe('这个会议通知没有回执截止时间。');
    const other = answerAboutNotice('other', bare);
    expect(other).toContain('12月5日上午9:00');
    expect(other).toContain('市民之家三楼会议室');
    expect(other).toContain('全体常委');
  });
});
