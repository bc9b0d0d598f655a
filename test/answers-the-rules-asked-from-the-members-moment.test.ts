import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksWhyBindingFailed } from '../src/answering/members-moments.ts';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { askingForStatedFigure } from '../src/answering/stated-figure.ts';
import { readQuestion } from '../src/answering/question-reader.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('the rules asked from where the member stands', () => {
  it.each([
    ['how the bot tells two notices apart, asked of the bot', '一下来了两个通知 我回个参加 你怎么知道我回的是哪一个', '列出这些会议'],
    ['whether the answer is official, with what the member means to do after a pause', '助手给的答复能当正式答复吗，我打算转给街道', '不是正式文件'],
    ['leave after the deadline, asked for the member’s own moment', '回执截止了，我临时要陪检查组去不了，现在还能在这请假不', '直接联系市政协办公室'],
    ['a reply given in the group', '我在界别群里说了句我参加 这样就算回过了吧', '不作为回执登记'],
    ['whether questions go to a model service', '我问你的东西会不会传到外面的AI那里去', '大模型服务'],
    ['a reply to a meeting since moved', '会议改时间了 我之前回的参加还作数吗 要不要再回一遍', '继续有效'],
    ['a relative’s dispute, said as 纠纷', '我姐家跟物业有纠纷好几年了 能当社情民意报吗', '信访、司法'],
    ['the member’s few reports, counted', '我之前交过三篇 想看看都到哪一步了 发什么', '我的社情民意'],
    ['data marked internal', '我手上有份单位的内部资料 里面数字很说明问题 能引用到社情民意里报上去吗', '不得通过履职助手报送'],
    ['what the bot keeps', '我跟你说的这些话 你都存了些啥', '聊天账号标识'],
    ['whether the bot’s answers are official', '你刚才回我的那段话 我能截图给街道当正式答复吗', '不是正式文件'],
    ['notices without a bound account', '我到现在还没绑那个账号 开会通知能收到不', '另行电话通知'],
    ['a category the member cannot decide', '这个事归哪类我拿不准 选错了有影响不', '按内容调整类别'],
    ['a paper already written', '稿子在WPS里写好了 直接整篇粘贴过来行不 还是非得一项一项填', '一次粘贴全文'],
    ['suggestions sent back as too vague', '办公室说我的建议太虚了 我写的是加强管理 到底咋写才算具体', '由谁做、做什么'],
    ['whether leave needs a reason, after the bot asked for one', '我光回了请假俩字 它还问我理由 必须得写吗', '写明请假原因'],
    ['a reply changed before the deadline', '前两天点了参加 现在单位派我出差 能改成请假不', '新的回执替换原来的回执'],
    ['all of the member’s own reports', '我这两年报过好几篇 在哪能一下子都看到', '我的社情民意'],
    ['a relative’s lawsuit', '我舅舅跟物业打官司打了一年多 能不能帮他当社情民意反映', '信访、司法'],
    ['what the number means', '收到个编号SQMY-2026-0012 这串是啥意思', '4位序号'],
    ['a draft left half written, however long ago', '昨天写到一半手机没电了 那个还在不在 能留几天', '72 小时'],
    ['how to bind, asked by a new member', '我是新来的委员 跟你绑定咋个弄法', '手机号后四位'],
    ['a reply with several notices waiting, and which one it counts for', '今天连着来了两个会的通知 我回了句参加 它分得清是哪个会吗', '列出这些会议'],
    ['how to reply to a notice, asked plainly', '收到开会通知以后 我咋个回', '回复“参加”或“请假”'],
    ['leave after the deadline, in a dialect with its particles', '回执已经截止了，俺现在想请个假咋办嘞', '直接联系市政协办公室'],
    ['binding that failed, with what the member typed', '我发了 绑定 张建华 3307 它老说匹配不上 我号码没错啊 怎么回事', '与委员名册登记不一致'],
    ['a private chat never opened, found empty after the group sent the member there', '在电报群里艾特了助手 它让我去私聊 我点开私聊一点动静都没有', '/start'],
    ['a private chat never opened, said first', '我从没和小助手私聊过 想报个社情民意咋弄', '/start'],
    ['leave after the deadline, with the reason told in one breath', '回执截止时间过了我才想起那天要去医院复查 这假咋个请法', '直接联系市政协办公室'],
    ['a reply the bot would not take any more', '刚才回了个请假它提示不收了 那我现在怎么办', '直接联系市政协办公室'],
  ])('answers %s', async (_, question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });

  it('does not answer what happens after submitting with the rule for drafts', async () => {
    expect((await app.questions.ask('报上去以后我还得干啥，多久能有人管')).text).not.toContain('草稿');
  });
});

describe('counts said, not asked', () => {
  it('reads “两个字就行了吧” as whether it suffices, not as a figure to confirm', () => {
    expect(askingForStatedFigure('我回请假两个字就行了吧')).not.toContain('多少');
  });

  it('reads “我们几个委员” as a few members, not as how many', () => {
    expect(shapeOf('我们几个委员想碰个头 能用助手发通知吗').wantsNumber).toBe(false);
  });
});

describe('a case told before “能…吗”', () => {
  it.each([
    ['sending a notice, after a meeting the member means to call', '咱们界别想找几个人碰碰头，我能用助手发会议通知吗', '委员不能通过履职助手发布会议通知'],
    ['a relative’s lawsuit as 社情民意', '我表姐跟物业在打官司 这种事我能当社情民意报吗', '涉法涉诉个案'],
    ['a story of someone’s lawsuit, then only “这种能报吗”', '村里有户人家帮人盖房子没拿到工钱，已经起诉到法院了，托我写个社情民意。这种能报吗？', '信访、司法等渠道'],
    ['a family’s compensation said to be too little', '我爸那套老房子征收补偿给得少了 能写成社情民意递上去么', '信访、司法等渠道'],
    ['a relative’s quarrel with the street office', '我堂哥家宅基地的事跟街道扯了好几年皮 能不能反映上去', '信访、司法等渠道'],
  ])('answers %s', async (_, question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });

  it('keeps many households’ compensation a matter to report, not a personal claim', async () => {
    expect((await app.questions.ask('我妈那个小区好几十户拆迁补偿都给少了，能反映吗')).text).not.toContain('信访、司法等渠道');
  });

  it('reads “想约几个人” as a few people, not as how many', () => {
    expect(shapeOf('想约几个人碰个头 能发通知吗').wantsNumber).toBe(false);
  });
});

describe('the bot’s own answers, in the member’s words', () => {
  it.each([
    ['whether “你说的” is an official reply', '你说的这些能当正式答复拿去用吗', '不是正式文件'],
    ['how to ask, after a complaint of answers beside the point', '老是答非所问 到底咋问才能问得准', '写明城市、年份和具体事项'],
  ])('answers %s', async (_, question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });
});

describe('the rule for the case a story tells, however the search ranks it', () => {
  it('answers what else to do after reporting a danger', async () => {
    expect((await app.questions.ask('小区门口路灯全坏了晚上黑乎乎的挺危险 在助手里报完了还要干啥')).text).toContain('电话告知市政协办公室');
  });
});

describe('whether the bot writes for the member', () => {
  it('answers the question with what the rules say it does not do', async () => {
    const answer = await app.questions.ask('你能不能替我起草一篇讲话稿');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('写文章');
  });

  it('declines a request to write', async () => {
    expect((await app.questions.ask('帮我写首诗')).answered).toBe(false);
  });
});

describe('others’ reports, in the member’s words', () => {
  it.each([
    ['with what the member means to do after a pause', '能让我看看别人报的社情民意吗 想参考一下'],
    ['瞧瞧 for 看看', '别人交的社情民意我能瞧瞧不'],
  ])('answers %s', async (_, question) => {
    expect((await app.questions.ask(question)).text).toContain('不能查看其他委员提交的社情民意信息');
  });
});

describe('the formal notice, in the member’s words', () => {
  it('answers whether 全会 still gets a paper notice', async () => {
    expect((await app.questions.ask('全会以后还印纸质通知吗 还是光在手机上发')).text).toContain('印发正式会议通知');
  });
});

describe('a serial number the member quotes', () => {
  it('reads a full-width serial as the ASCII one and explains it', async () => {
    expect((await app.questions.ask('提交完给了个编号ＳＱＭＹ－２０２６－００１２ 这个００１２啥意思')).text).toContain('4位序号');
  });

  it('takes the serial said again without its zeros, and a rhetorical 哪, for no words to find', async () => {
    expect((await app.questions.ask('报完来了个编号SQMY-2026-0087，这个0087是啥意思，是我报的第87篇？我哪报过那么多'))).toMatchObject({ answered: true, text: expect.stringContaining('4位序号') });
  });

  it('reads the year the member sent their own papers as no report’s year', () => {
    expect(readQuestion('是我今年报的第41篇吗', app.kb.tokenizer, LATE_2026)).not.toMatch(/\d{4}年/u);
  });
});

describe('binding that failed or was never done', () => {
  it.each([
    ['a binding that keeps failing, in the member’s words', '绑了两次都说对不上 是咋回事', '绑定不成功'],
    ['notices without binding', '不绑定的话还能收到开会通知吗', '另行电话通知'],
    ['where the one-time code comes from, though the rule for a failed binding also names it', '绑定码要去哪里拿？', '索取一次性绑定码'],
  ])('answers %s', async (_, question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });

  it('does not answer how to bind with the rule for when binding fails', async () => {
    expect((await app.questions.ask('怎么把我的微信账号跟委员名册绑定？')).text).not.toContain('不成功');
  });
});

describe('next to nothing asked', () => {
  it('declines “今天有什么会”, whose only word is the member’s day', async () => {
    expect((await app.questions.ask('今天有什么会')).answered).toBe(false);
  });

  it('answers a change of reply asked as which one counts, after the member’s story', async () => {
    expect((await app.questions.ask('前天回了参加 今天单位派我去外地 还能改成请假不 改了以哪个为准')).text).toContain('新的回执替换原来的回执');
  });
});

describe('what the member may do, told in their own story', () => {
  it('answers from the rules, never from a report, whether several matters go in one report', async () => {
    const answer = await app.questions.ask('我们村最近事儿多：路灯坏了、垃圾没人收、河沟发臭，能不能写成一篇一起报？省得分三回');
    expect(answer.text).toContain('一事一报');
  });

  it('reads “lately” in the member’s own story as no report’s year', () => {
    expect(readQuestion('我们小区最近停车特别难', app.kb.tokenizer, LATE_2026)).not.toMatch(/\d{4}年/u);
    expect(readQuestion('我们市政协最近开了几次常委会', app.kb.tokenizer, LATE_2026)).toMatch(/2026年/u);
  });
});

describe('a report’s figure asked loosely', () => {
  it.each([
    ['a relative year taken back and said again', '武汉市政协今年 哦不对是前年 开过多少次党组会', '26次'],
    ['光是 only stressing, 东西 for the posts counted', '武汉政协公众号24年光是推送就发了多少篇东西', '1460余篇'],
  ])('answers %s', async (_, question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });
});

describe('what the member was told, and how they feel about it, set aside', () => {
  it.each([
    ['whether a reason comes with 不予采用', '刚收到消息说我那篇不予采用 有点想不通 会给个理由不', '说明不予采用的理由'],
    ['questions in a group left unanswered', '在群里问了它好几个问题 都不理我', '@履职助手'],
  ])('answers %s', async (_, question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });

  it('puts no figure to the bot when “对吗” asks of something else', () => {
    expect(askingForStatedFigure('是我问法不对吗')).toBe('是我问法不对吗');
  });
});

describe('what the receipt lists', () => {
  it('answers what the receipt lists, with what the member means to do with it after a pause', async () => {
    expect((await app.questions.ask('交完以后会发个啥回执？上面都有啥 我打算截图存着'))).toMatchObject({ text: expect.stringContaining('回执列明编号') });
  });
});

describe('a figure of the part the member rules out', () => {
  it('declines a total the report does not give rather than give the part’s figure', async () => {
    expect((await app.questions.ask('武汉24年一共办了多少件提案？不只是民生类的那个 要总数')).answered).toBe(false);
  });

  it('still answers the part itself', async () => {
    expect((await app.questions.ask('武汉24年民生类提案办了多少件')).text).toContain('253件');
  });
});

describe('an empty private chat that is about notices not received', () => {
  it('is not read as a chat never opened', async () => {
    const answer = await app.questions.ask('别的委员都收到开会通知了 就我私聊里啥也没有 是不是没绑定');
    expect(answer.text).not.toContain('/start');
  });
});

describe('a member correcting themselves while asking about a binding code', () => {
  it('is not read as binding that failed', () => {
    expect(asksWhyBindingFailed('绑定码今天弄…哦不对 后天才有空 还来得及吗')).toBe(false);
    expect(asksWhyBindingFailed('绑定 王芳 1234 发了两遍都说不对 咋回事')).toBe(true);
  });
});

describe('a draft kept, when the member asks more than how long', () => {
  it('is answered as asked where the question finds its answer itself', async () => {
    const answer = await app.questions.ask('写了一半没提交 草稿能留多久 过了时间会咋样');
    expect(answer.text).toContain('72 小时');
    expect(answer.text).toContain('自动清除');
  });
});

describe('the categories asked for while unsure of one', () => {
  it('lists them rather than telling what happens when one is chosen wrong', async () => {
    const answer = await app.questions.ask('社情民意一共分几类 我拿不准选哪个');
    expect(answer.text).toContain('经济发展');
  });
});
