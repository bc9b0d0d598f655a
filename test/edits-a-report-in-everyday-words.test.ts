import { describe, expect, it } from 'vitest';
import { answerAboutTheDraft, readPreviewEdit } from '../src/opinions/dialog/preview-edits.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';
import { isKnowledgeQuestion, readIntent } from '../src/opinions/dialog/intents.ts';
import { isCancel, isHelp } from '../src/conversation/dialog/escapes.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { withoutDecoration } from '../src/opinions/intake/extract.ts';
import { withLabelsClosed } from '../src/opinions/intake/form-labels.ts';
import { withSelfCorrections } from '../src/opinions/intake/self-corrections.ts';
import { splitFreeText } from '../src/opinions/intake/free-text.ts';
import { consentSpans, readConsent } from '../src/opinions/intake/consent.ts';
import { phoneWithCorrectedEnd } from '../src/opinions/intake/phone.ts';
import { readsAsSuggestion } from '../src/opinions/intake/start-phrase.ts';
import { readIntroduction, readsAsOpener } from '../src/opinions/intake/introduction.ts';

const fields = {
  title: '关于加强电竞酒店监管的建议',
  situation: '城区这两年新开了很多电竞酒店，我们小区附近一条街就有5家，市福利院排队等床位的老人有300多个。',
  suggestion: '建议街道增设带盖垃圾桶。每天清运两次。',
  name: '牛文静',
  sector: '民建',
  phone: '13972457302',
  signed: false,
};

describe('a member edits the report at the preview in their own words', () => {
  it.each([
    ['刚问了，排队的是500多个，不是300多个，麻烦改一下', '排队等床位的老人有500多个'],
    ['不是5家，一条街有7家', '一条街就有7家'],
  ])('a figure said again: %s', (text, now) => {
    expect(readPreviewEdit(fields, text)?.situation).toContain(now);
  });

  it.each([
    ['别的都没问题，就是界别写错了，我是侨联的', [{ field: 'sector', value: '侨联' }]],
    ['内容都行，署名改成不署名', [{ field: 'signed', value: false }]],
    ['其他都对，就是电话改成13731671862，名字是欧阳文华，复姓欧阳', [{ field: 'phone', value: '13731671862' }, { field: 'name', value: '欧阳文华' }]],
  ])('approves the rest and changes one thing: %s', (text, corrections) => {
    expect(readCorrection(text, undefined, { name: '欧文华', sector: '民进' })).toEqual(corrections);
  });

  it('asks whether the title is too long: no correction', () => {
    expect(readCorrection('标题是不是太长了')).toBeNull();
  });

  it('takes the last four digits of the phone said again', () => {
    expect(readPreviewEdit({ ...fields, phone: '13872301458' }, '电话后四位弄反了，是1485')?.phone).toBe('13872301485');
  });

  it('corrects one character of the name, named by itself', () => {
    expect(readCorrection('徐错了，是言午许', undefined, { name: '徐丽平' })).toEqual([{ field: 'name', value: '许丽平' }]);
  });

  it('rewrites the sentence of a field it names', () => {
    const edited = readPreviewEdit(fields, '建议那句改一下，改成由区城管局统一增设带盖垃圾桶，不是街道');
    expect(edited?.suggestion).toBe('由区城管局统一增设带盖垃圾桶。每天清运两次。');
  });

  it('reads the sector they are, not the one they deny', () => {
    expect(readCorrection('界别不对，我不是民建的，是民进，促进会那个')).toEqual([{ field: 'sector', value: '民进' }]);
  });

  it('takes consent said with a shrug as an answer, not a question', () => {
    expect(isKnowledgeQuestion('算了，还是写上我的名字吧，没什么好怕的', 'preview')).toBe(false);
  });
});

describe('a member says more than the answer', () => {
  it('gives up at the end of a message opened with 算了', () => {
    expect(isCancel('算了，这个我先问问物业，不反映了')).toBe(true);
    expect(isCancel('算了，这个问题其实很严重，我们小区好多人都反映过')).toBe(false);
  });

  it('reads Telegram commands with and without the bot name, slash and all', () => {
    for (const text of ['/cancel', '/CANCEL', '/cancel@liaison_bot']) expect(isCancel(text)).toBe(true);
    for (const text of ['/help', '/help@liaison_bot']) expect(isHelp(text)).toBe(true);
    expect(isCancel('/cancelled')).toBe(false);
  });

  it('asks whether it must be formal: a question, not the suggestion', () => {
    expect(isKnowledgeQuestion('这个要写得很正式吗？我文化不高', 'suggestion')).toBe(true);
  });

  it('addresses the secretary before starting: no part of the story', () => {
    expect(readIntent('王秘书，我有个社情民意')).toEqual({ kind: 'start', rest: '' });
  });

  it('leaves what is said of a phone number out of the story', () => {
    const read = extractContact('建议推行线上预约建档。电话留我另一个号15671903288，那个号平时不常用');
    expect(read.phone).toBe('15671903288');
    expect(withoutDecoration(read.rest)).toBe('建议推行线上预约建档。');
  });
});

describe('a member writes the way people write', () => {
  it.each([
    ['电话13782305164，不对，是13782305146。', '电话13782305146。'],
    ['我叫司徒建，哦不对，司徒健，健康的健', '我叫司徒健，健康的健'],
    ['前面排着两百多人，不对，是三百多人，要等二十多天', '前面排着三百多人，要等二十多天'],
    ['我是民建的，哦不，民进的滕晓峰', '我是民进的滕晓峰'],
    ['路灯坏了，不然晚上很黑', '路灯坏了，不然晚上很黑'],
  ])('corrects a slip as it is said: %s', (text, read) => {
    expect(withSelfCorrections(text)).toBe(read);
  });

  it('puts right a figure said again at once by voice, with no pause ("十五个不对是十二个")', () => {
    expect(withSelfCorrections('今年一年走了十五个不对是十二个 留下来的一个人要管四百多户')).toBe('今年一年走了十二个 留下来的一个人要管四百多户');
    expect(withSelfCorrections('这里有三个不对的地方')).toBe('这里有三个不对的地方');
    // "为什么提这个呢", "那我直接说事": the member's lead-ins, no part of the story.
    expect(withoutDecoration('为什么提这个呢，')).toBe('');
    expect(withoutDecoration('那我直接说事：')).toBe('');
    expect(withoutDecoration('情况是这样的：')).toBe('');
  });

  it('closes the labels a Word form pads with spaces', () => {
    expect(withLabelsClosed('反 映 人： 无党派 古振宁\n电  话： 13937406620')).toBe('反映人： 无党派 古振宁\n电话： 13937406620');
  });

  it('leaves out how a formal letter closes and English asides', () => {
    expect(withoutDecoration('建议加装油烟净化器。\n以上意见仅供参考，妥否，请批示。')).toBe('建议加装油烟净化器。');
    expect(withoutDecoration('建议开通夜班公交 thx')).toBe('建议开通夜班公交');
  });

  it('stores a phone without the country code', () => {
    expect(extractContact('电话+86 139-1366-0258').phone).toBe('139-1366-0258');
  });

  it('reads a suggestion told first and its reason after', () => {
    expect(splitFreeText('我的建议是202路公交增加晚班车。现在的问题是末班车下午六点就发了，年轻人下班赶不上。')).toEqual({
      suggestion: '我的建议是202路公交增加晚班车。',
      situation: '末班车下午六点就发了，年轻人下班赶不上。',
    });
  });

  it('reads 俺 as 我 in an introduction', () => {
    expect(extractContact('俺叫牛建设，农业界哩')).toMatchObject({ name: '牛建设', sector: '农业' });
  });
});

describe('a member says it sideways', () => {
  it.each([
    ['这个别让人知道是我反映的哈', false],
    ['先说好可以用我的名字', true],
    ['用真名报', true],
    ['同意公开姓名', true],
    ['可以具名', true],
    ['OK to use my name.', true],
    ['这个不要实名，挂界别就行', false],
    ['写上我名字冇得问题', true],
    ['署名，没问题', true],
    ['随便，写吧', true],
  ])('consent: %s', (text, signed) => {
    expect(readConsent(text)).toBe(signed);
  });

  it.each([
    ['哦不对，这个区里已经在改了，不用报了', true],
    ['算了，先不报了，我回头把数据收集全了再说', true],
    ['居民说不用报了，区里会管，可是一直没人管，路灯坏了三个月了，晚上很黑', false],
  ])('giving up: %s', (text, cancel) => {
    expect(isCancel(text)).toBe(cancel);
  });

  it.each([
    ['王德兵\n主任医师 | 竹山县人民医院\n农工党竹山县基层委员会\n手机：139-7287-4415\n（微信同号）', { name: '王德兵', sector: '农工党', phone: '139-7287-4415' }],
    ['单位：致公党十堰市委会', { sector: '致公党', rest: '' }],
    ['刘院长，刘建国，医卫界别，电话13907218842微信同号', { name: '刘建国', sector: '医药卫生', rest: '' }],
    ['我是乡镇卫生院的刘院长，叫刘振国，医卫界别的，想反映社情民意', { name: '刘振国', sector: '医药卫生', rest: '想反映社情民意' }],
    ['我是民建的老张，张主任，反映个事', { sector: '民建', rest: '反映个事' }],
  ])('who reports it, from a card, a unit line or how colleagues call them: %s', (text, read) => {
    expect(extractContact(text)).toMatchObject(read);
  });

  it('puts a phone right by as many last digits as are said, spoken or typed', () => {
    expect(phoneWithCorrectedEnd('18607195532', '电话尾号也错了，是五三三')).toBe('18607195533');
    expect(phoneWithCorrectedEnd('13872659430', '还是不对最后三位是四三九')).toBe('13872659439');
  });

  it('corrects a character of the name named by a word it is in', () => {
    expect(readCorrection('名字识别错了，不是明天的明，是敏捷的敏', undefined, { name: '刘明' })).toEqual([{ field: 'name', value: '刘敏' }]);
  });

  it('keeps a new number said before the report', () => {
    expect(readIntroduction('先跟你说哈，我电话换了，新号15072869931，原来那个莫用了')).toEqual({ phone: '15072869931' });
  });

  it('puts a phone right by its end, said at any step or in the same breath', () => {
    expect(phoneWithCorrectedEnd('13872604519', '不对不对，尾号是4591，我打快了')).toBe('13872604591');
    expect(phoneWithCorrectedEnd('15071216406', '电话最后一位是8，不是6')).toBe('15071216408');
    expect(withSelfCorrections('电话一三两幺七幺九五五八三哦不对最后一位是四同意署名')).toBe('电话一三两幺七幺九五五八四同意署名');
  });

  it('leaves remarks about the telling out of the story', () => {
    expect(withoutDecoration('刚才忘了说，这个路口今年已经出了三次事故')).toBe('这个路口今年已经出了三次事故');
    expect(withoutDecoration('Hi, 反映一个营商环境的问题')).toBe('反映一个营商环境的问题');
    expect(withoutDecoration('我是民进的黎光荣，电话你们那有')).toBe('我是民进的黎光荣');
    expect(withLabelsClosed('**问题**\n- 城区夜间公交基本没有')).toBe('问题：\n- 城区夜间公交基本没有');
  });

  it('reads a suggestion an office should act on, though it tells what is broken', () => {
    expect(readsAsSuggestion('市场监管局要定期校验公平秤，坏了马上换，对缺斤短两的商户曝光')).toBe(true);
  });

  it('reads 得换 (must change) as a suggestion and 没有统一标准 as the problem', () => {
    expect(readsAsSuggestion('那个下水管子太细了嘛，得换粗的呀，再把雨水和污水分开排嘛')).toBe(true);
    expect(readsAsSuggestion('我觉得换了也没用，去年就坏了')).toBe(false);
    expect(readsAsSuggestion('一百多家作坊，没有统一标准，去年两批抽检不合格')).toBe(false);
    expect(readsAsSuggestion('景区附近要再建一个停车场')).toBe(true);
    expect(readsAsSuggestion('去年说要建一个停车场，到现在也没建')).toBe(false);
    // 一起 is together, not one incident ("一起事故"), which the story tells.
    expect(readsAsSuggestion('请市场监管和城管一起把排水沟修一下 地面重新铺防滑的')).toBe(true);
    expect(readsAsSuggestion('上个月菜市场门口又出了一起事故')).toBe(false);
  });

  it('takes 改成 with a 关于……的建议 and no field named as the new title', () => {
    expect(readPreviewEdit(fields, '那改成：关于方便异地就医结算的建议')?.title).toBe('关于方便异地就医结算的建议');
  });

  it('drops the numbered item asked for, not the one before it', () => {
    const numbered = { ...fields, suggestion: '1. 划定跳舞时段，晚上九点以后停止；\n2. 推广“静音广场舞”；\n3. 对多次违规的舞队没收音箱。' };
    expect(readPreviewEdit(numbered, '第三条不要了，没收音箱太过了')?.suggestion).toBe('1. 划定跳舞时段，晚上九点以后停止；\n2. 推广“静音广场舞”。');
    expect(readPreviewEdit(fields, '那就叫“关于规范共享电单车停放的建议”吧')?.title).toBe('关于规范共享电单车停放的建议');
  });

  it('answers a question about the draft instead of storing it', () => {
    const answer = answerAboutTheDraft({ title: '关于进一步完善异地就医直接结算服务体系建设工作的建议' }, '标题是不是太长了');
    expect(answer).toContain('目前的标题是“关于进一步完善异地就医直接结算服务体系建设工作的建议”（26 字）');
    expect(answerAboutTheDraft({ title: '关于X的建议' }, '标题改成关于Y的建议吧')).toBeNull();
  });

  it('retitles at the preview with 叫 and quotes', () => {
    expect(readPreviewEdit(fields, '标题你改一下，叫“关于破解汽车零部件企业招工难的建议”')?.title).toBe('关于破解汽车零部件企业招工难的建议');
  });

  it('asks the bot about itself or about photos while the story is asked for', () => {
    expect(isKnowledgeQuestion('你是机器人还是工作人员啊？', 'situation')).toBe(true);
    expect(isKnowledgeQuestion('可以发照片吗？我拍了', 'suggestion')).toBe(true);
  });

  it.each(['这个报上去县长看得到不？', '问一哈，这个报上去好久有回复嘛？', '提交了以后我能在手机上看到办到哪一步了不？'])(
    'asks about the report in dialect while the story is asked for: %s',
    (text) => {
      expect(isKnowledgeQuestion(text, 'situation')).toBe(true);
    },
  );

  it('keeps a rhetorical question in the story', () => {
    expect(isKnowledgeQuestion('一涨水就淹了，娃儿些上学要绕二十里，这像话不？', 'situation')).toBe(false);
  });
});

describe('a signature run on at the end of a voice message', () => {
  it.each([
    ['建议在市场里面规划停车区域把路上的车清理干净交警和城管联合整治 我民革的王兴福电话13508671992同意属名', { name: '王兴福', sector: '民革', phone: '13508671992', signed: true }],
    ['建议体育部门建立健身器材维护台账，坏了及时更换 朱丽 民盟 18972055511 同意署名', { name: '朱丽', sector: '民盟', rest: '建议体育部门建立健身器材维护台账，坏了及时更换' }],
    ['建议医保部分报销护理费用。我是医药卫生界嘅林嘉欣', { name: '林嘉欣', sector: '医药卫生' }],
    ['牧草收购站被拆了。我叫乌兰其其格，农业界', { name: '乌兰其其格', sector: '农业', rest: '牧草收购站被拆了。' }],
    ['建立培训机构风险预警名单。\n（本信息由民建常熟市委员会 沈佳琪 提供）', { name: '沈佳琪', sector: '民建', rest: '建立培训机构风险预警名单。' }],
    ['我呢是民盟的老委员邹德厚啊，想反映个事情嘛', { name: '邹德厚', sector: '民盟' }],
    ['我是刘晓芳的爱人胡建军，我是民盟的委员，电话13886701234', { name: '胡建军', sector: '民盟' }],
    ['执笔：民革 邹玉林\n电话：13986762034\n（可署名）', { name: '邹玉林', sector: '民革', signed: true, rest: '' }],
    ['反映人：宋玉珍 退休教师 民盟盟员 电话18972616034', { name: '宋玉珍', sector: '民盟', rest: '' }],
    ['我叫向春生农业界的手机一五洞七二八七三九洞两可以写名字', { name: '向春生', sector: '农业', phone: '15072873902', rest: '' }],
    ['我系港澳界委员，想反映', { sector: '港澳', rest: '想反映' }],
  ])('%s', (text, read) => {
    expect(extractContact(text)).toMatchObject(read);
  });
});

describe('layout and labels from other keyboards', () => {
  it('reads bullets and English labels as labels', () => {
    expect(withLabelsClosed('▲问题：器材锈蚀\n▲建议：全面排查')).toBe('问题：器材锈蚀\n建议：全面排查');
    expect(withLabelsClosed('外籍高管续期麻烦. Suggest: 推行简化续期')).toBe('外籍高管续期麻烦. 建议：推行简化续期');
  });

  it('keeps "内容如下：" out of the story', () => {
    expect(withoutDecoration('内容如下：')).toBe('');
  });

  it('refuses to be named with a worry said after it', () => {
    expect(readConsent('这个事别写我名字村里人知道了不好')).toBe(false);
  });

  it('adds a suggestion said as 还有一条建议', () => {
    expect(readCorrection('哦还有一条建议，老年卡也要能用手机NFC刷')).toEqual([{ field: 'suggestion', value: '老年卡也要能用手机NFC刷', append: true }]);
  });

  it('replaces a whole part said again: 建议那段改一下，改成……', () => {
    expect(readPreviewEdit(fields, '建议那段改一下，改成：建立充电桩故障48小时修复制度。')?.suggestion).toBe('建立充电桩故障48小时修复制度。');
  });
});

describe('members in the country, in the car, or passing a report on', () => {
  it.each([
    ['要得，写我名字嘛', true],
    ['名字写起嘛，莫得啥子', true],
    ['写额名字么麻达', true],
    ['写我名儿，没毛病', true],
    ['署就署呗，怕啥', true],
    ['他说写他名字要得', true],
    ['她同意署名', true],
    ['但是不要署名', false],
    ['不用写俺名，就说是基层反映哩', false],
  ])('consent in dialect or passed on: %s', (text, signed) => {
    expect(readConsent(text)).toBe(signed);
  });

  it.each([
    // (What the member does, said with who they are, goes with the introduction too.)
    ['我是镇上卫生院的医生，姓蒲，蒲正清，电话幺八零 七二一五 三三六八', ''],
    ['我叫陈桂芳，耳东陈，桂花的桂，芬芳的芳', ''],
    ['我姓章，立早章，章德旺，农业界的。我手机老是没信号', '我手机老是没信号'],
  ])('leaves how the name is spelled out of the story: %s', (text, rest) => {
    expect(extractContact(text).rest).toBe(rest);
  });

  it.each([
    ['额叫惠建平', { name: '惠建平' }],
    ['你问额哪个界别？额是农工党的嘛，这还要问', { sector: '农工党' }],
    ['我叫贺长林是老政协委员了民革的电话一三五九七八二六零四一', { name: '贺长林', sector: '民革', phone: '13597826041', rest: '' }],
  ])('reads who reports it in Shaanxi speech and run-on voice input: %s', (text, read) => {
    expect(extractContact(text)).toMatchObject(read);
  });

  it('reads who reports it from a relative writing for them', () => {
    expect(extractContact('我爸让我帮他发的，他是农工党的委员，叫廖永清')).toMatchObject({ name: '廖永清', sector: '农工党' });
  });

  it.each([
    ['写名字可以的', true],
    ['麻烦署个名', true],
    ['随便，写名字也行', true],
    ['同一署名', true],
  ])('consent with a shrug, a request or a voice-input slip: %s', (text, signed) => {
    expect(readConsent(text)).toBe(signed);
  });

  it.each([
    ['民盟 钱卫东 13597826310 同意', true],
    ['（唐立新，工商联，13807160239，署名）', true],
    ['…联系电话幺三五三七四八二零六九写俺名中', true],
    ['外卖平台抽成太高了建议约谈平台降低抽成比例署名', true],
    ['Suggest: 推行简化续期. OK to use my name.', true],
    ['这事大家都不愿意署名', undefined],
  ])('consent closing a signature line or a run-on message: %s', (text, signed) => {
    expect(consentSpans(text).at(-1)?.signed).toBe(signed);
  });

  it.each([
    ['在高速上语音说的啊', ''],
    ['语音转的哈 我们跨境电商企业出口退税要三个月', '我们跨境电商企业出口退税要三个月'],
    ['语音打的 可能有错字请见谅 我们村的井水发黄', '我们村的井水发黄'],
    ['宝贝别吵妈妈在说话我想反映个社情民意', '我想反映个社情民意'],
    ['么样搞咧？我看卫健局要定向培养村医', '卫健局要定向培养村医'],
    ['那要得。我的建议是能不能把农村建房审批下放到镇上', '我的建议是能不能把农村建房审批下放到镇上'],
    ['以下是刘委员的原话，麻烦帮她报一下社情民意：乡镇妇女两癌筛查名额只够一半人', '乡镇妇女两癌筛查名额只够一半人'],
    ['我爸让我帮他发的，他说我们村的井水氟超标', '他说我们村的井水氟超标'],
  ])('leaves what is said to the bot out of the story: %s', (text, story) => {
    expect(withoutDecoration(text)).toBe(story);
  });
});

describe('more everyday forms', () => {
  it('starts on a name and what the report is about', () => {
    expect(readIntent('黄海燕，反映个乡镇卫生院的情况')).toEqual({ kind: 'start', rest: '我叫黄海燕，乡镇卫生院的情况' });
    expect(readIntent('我想写个关于提案的问题？').kind).not.toBe('start');
  });

  it.each(['哎我刚问了一下，这事交通局已经在办了，那就不用反映了', '不搞了'])('gives up: %s', (text) => {
    expect(isCancel(text)).toBe(true);
  });

  it('leaves an offer to be contacted and a chat-log header out of the story', () => {
    expect(withoutDecoration('我在医院干了二十年，有需要可以联系我，电话138')).toBe('我在医院干了二十年，电话138');
    expect(withoutDecoration('【聊天记录】\n村里的路灯坏了')).toBe('村里的路灯坏了');
    expect(withoutDecoration('他们来找我说了三次')).toBe('他们来找我说了三次');
  });

  it('takes the member a report is forwarded for as who reports it', () => {
    expect(readIntent('您好，我是市二医院办公室的小赵，替我们院长鲁建平委员反映一条社情民意')).toEqual({ kind: 'start', rest: '我叫鲁建平' });
  });

  it.each([
    ['建议联合开展摸底。\n\n特此报告。本人不同意署名，仅供参考。', '建议联合开展摸底。\n\n本人不同意署名'],
    ['二、建议县级财政补贴购置标准校车。\n\n以上报告如有不妥，请批评指正。本人不署名。', '二、建议县级财政补贴购置标准校车。\n\n本人不署名。'],
    ['1 问题的提出\n1.1 已加装电梯的不足百部。', '1 问题的提出\n已加装电梯的不足百部。'],
    ['我帮我爸打字哈，他是政协委员呢', '他是政协委员呢'],
    ['我是民建的会员叫韩立新在丹江口做物流的 跟你说个事啊 丹江口东站出口每天早上都堵', '我是民建的会员叫韩立新在丹江口做物流的 丹江口东站出口每天早上都堵'],
  ])('leaves a letter closing, decimal numbering and who types out of the story: %s', (text, story) => {
    expect(withoutDecoration(text)).toBe(story);
  });

  it('puts words right at the preview as 不是……，是……, and takes a quoted sentence out', () => {
    const story = { ...fields, situation: '排队的老人有三十多个，很多要站二十多分钟。物业根本不管事。' };
    expect(readPreviewEdit(story, '排队的人数写少了，不是三十多个，是五十多个')?.situation).toBe('排队的老人有五十多个，很多要站二十多分钟。物业根本不管事。');
    expect(readPreviewEdit(story, '情况里“物业根本不管事”那句删掉吧，说得太冲了')?.situation).toBe('排队的老人有三十多个，很多要站二十多分钟。');
  });

  it('swaps the problem and the suggestion when the member says they were pasted the wrong way round', () => {
    const swapped = readPreviewEdit(fields, '哎呀，情况和建议贴反了，两段对调一下');
    expect(swapped?.situation).toBe(fields.suggestion);
    expect(swapped?.suggestion).toBe(fields.situation);
  });

  it('takes the sector said as the current one over the registry’s old one', () => {
    expect(extractContact('另外名单上我的界别是经济界，那是上一届的，这一届我是工商联界别的委员').sector).toBe('工商联');
    expect(extractContact('我这届换到新闻出版界了，名单可能还没改过来').sector).toBe('新闻出版');
  });

  it('leaves 先说好 out of the story', () => {
    expect(withoutDecoration('先说好，我们学校教学楼是九十年代建的')).toBe('我们学校教学楼是九十年代建的');
  });

  it('reads consent said as 名字可以写上去', () => {
    expect(readConsent('名字可以写上去')).toBe(true);
  });

  it('takes no name from things listed in brackets in the story', () => {
    expect(extractContact('我们这边种中药材（黄精、白及）的农户有三百多户').name).toBeUndefined();
  });
});

describe('before the report begins', () => {
  it('takes a greeting to the office as an opener, not a question for the knowledge base', () => {
    expect(readsAsOpener('王秘书你好')).toBe(true);
    expect(readsAsOpener('张主任好！')).toBe(true);
    expect(readsAsOpener('王秘书说的那个事')).toBe(false);
  });

  it('starts on the wish alone: 我要反映', () => {
    expect(readIntent('我要反映')).toEqual({ kind: 'start', rest: '' });
    expect(readIntent('我想反映一下')).toEqual({ kind: 'start', rest: '' });
  });
});

describe('who they are, said before the report', () => {
  it.each([
    ['13617284459 李春华 妇联 同意署名', { name: '李春华', sector: '妇联', phone: '13617284459', signed: true }],
    ['【名片】\n邓家俊\n总经理\n十堰恒达钢材贸易有限公司\n民建会员\nTel：0719-8456127\nMob：18907286630\n地址：十堰市茅箭区东岳路88号', { name: '邓家俊', sector: '民建', phone: '18907286630' }],
    ['我先报一下家门：车振东，工商联，一三九零四五一二八七六，实名。下面说事儿', { name: '车振东', sector: '工商联', phone: '13904512876', signed: true }],
  ])('%s', (text, read) => {
    expect(readIntroduction(text)).toEqual(read);
  });

  it('reads a signature with where the member is from', () => {
    expect(extractContact('先把我信息报给你：杨立国，房县门古寺镇的，农业界，15927158362，写我名字冇得事')).toMatchObject({ name: '杨立国', sector: '农业', rest: '' });
  });
});

describe('voice input from the car and reports passed on', () => {
  it('reads a name and sector run together, and sectors as voice input mishears them', () => {
    expect(extractContact('郑晓燕经济界13872196620可以署名')).toMatchObject({ name: '郑晓燕', sector: '经济', phone: '13872196620', signed: true });
    expect(extractContact('我是农供党的委员吕建设')).toMatchObject({ name: '吕建设', sector: '农工党' });
  });

  it('puts a word right that is corrected later: 我是说民建不是民间', () => {
    expect(withSelfCorrections('我是民间的向东我是说民建不是民间')).toBe('我是民建的向东');
  });

  it('leaves how the message was made out of the story', () => {
    expect(withoutDecoration('俺在开车哩语音说哈我想反映个事')).toBe('我想反映个事');
    expect(withoutDecoration('建议加强运维。王秘书帮忙看看格式对不对')).toBe('建议加强运维。');
  });

  it('starts a report passed on without taking the writer for the reporter', () => {
    expect(readIntent('您好，我是县政协办的小杨，阿于木呷委员不太会用手机，他让我转告一条社情民意')).toEqual({ kind: 'start', rest: '' });
    expect(readIntent('我替我们支部的老杨报一条，他不会弄手机')).toEqual({ kind: 'start', rest: '' });
  });

  it('takes 写我名中 as consent', () => {
    expect(readConsent('写我名中')).toBe(true);
  });
});

describe('contact details inside the story', () => {
  it.each([
    ['建议由街道牵头调解——吴晓燕', { name: '吴晓燕', rest: '建议由街道牵头调解' }],
    ['建议对高标准农田项目搞回头看。我马建设愿意带验收组去现场看', { name: '马建设', rest: '建议对高标准农田项目搞回头看。我愿意带验收组去现场看' }],
    ['喂王秘书我是那个蒋国华啊我要反映个社情民意', { name: '蒋国华' }],
    ['【何丽萍 妇联】我们市的公共场所母婴室要么锁着门', { name: '何丽萍', sector: '妇联', rest: '我们市的公共场所母婴室要么锁着门' }],
    ['我在老街开了个书店（三味书屋，我是店主甘文博，这两年实体书店太难了', { name: '甘文博' }],
    ['这个我们单位已经试过，我是市住建局的钱卫东，有兴趣的部门可以找我了解', { name: '钱卫东' }],
  ])('%s', (text, read) => {
    expect(extractContact(text)).toMatchObject(read);
  });
});

describe('who reports it, said of someone else', () => {
  it('takes the real reporter from brackets after a title', () => {
    expect(extractContact('我们马书记（马长贵，政协委员，农业界的）在县里开会')).toMatchObject({ name: '马长贵', sector: '农业', rest: '我们马书记在县里开会' });
  });

  it('takes a dash signature with the phone after it', () => {
    expect(extractContact('建议由街道牵头调解——吴晓燕 13617254098')).toMatchObject({ name: '吴晓燕', phone: '13617254098', rest: '建议由街道牵头调解' });
  });

  it('reads 张委员的意见是…… as the suggestion', () => {
    expect(readsAsSuggestion('张委员的意见是在菜市场旁边划定临时疏导区')).toBe(true);
  });
});

describe('starts said among other things', () => {
  it('starts on 报个社情民意 in the middle of an introduction', () => {
    expect(readIntent('王老师，报个社情民意哈，我是镇上卫生院的医生，姓蒲，蒲正清，电话幺八零 七二一五 三三六八')).toMatchObject({ kind: 'start' });
  });

  it('keeps an introduction with the surname explained and the matter announced', () => {
    expect(readIntroduction('我是弓长张，张立伟，科技界的。先说一下我反映的事')).toEqual({ name: '张立伟', sector: '科学技术' });
  });
});

describe('starts said the way people talk', () => {
  it.each([
    ['王秘书好，我柯秋云反映个事', ''],
    ['王秘书，跟你唠个事儿，算社情民意', ''],
  ])('%s', (text, rest) => {
    expect(readIntent(text)).toEqual({ kind: 'start', rest });
  });

  it('does not start on a question about the procedure', () => {
    expect(readIntent('我们反映的问题什么时候有回复')).toEqual({ kind: 'text' });
  });
});

describe('a member calling themself 老石', () => {
  it('starts on 老石反映个事 and reads 我石永刚 as the name', () => {
    expect(readIntent('老石反映个事哈，我石永刚，民革的')).toEqual({ kind: 'start', rest: '我石永刚，民革的' });
    expect(extractContact('我石永刚，民革的')).toMatchObject({ name: '石永刚', sector: '民革', rest: '' });
  });
});

describe('a sentence taken out at the preview by what it says', () => {
  it('takes out the clause named, unquoted, and the last sentence said as 最后那句', async () => {
    const { readPreviewEdit } = await import('../src/opinions/dialog/preview-edits.ts');
    const fields = { situation: '医院挂号太难，一天放四百多个号，早上五点就排队。医院睁一只眼闭一只眼，黄牛倒号根本不管事。', suggestion: '建议卫健委整治号贩子。另外工作人员态度也要改进。' };
    expect(readPreviewEdit(fields, '那个四百多个号的数字不要写了，我是听说的')?.situation).not.toContain('四百多个号');
    expect(readPreviewEdit(fields, '那句睁一只眼闭一只眼的删掉，别写得太冲')?.situation).not.toContain('睁一只眼');
    expect(readPreviewEdit(fields, '建议里最后那句删掉')?.suggestion).toBe('建议卫健委整治号贩子。');
    expect(readPreviewEdit(fields, '这个不要了')).toBeNull();
  });
});

describe('additions and a new title said in passing at the preview', () => {
  it('adds to the story and the suggestion in one message, after a short lead', async () => {
    const { readCorrection } = await import('../src/opinions/intake/corrections.ts');
    expect(readCorrection('问了，情况里加上：安置点一共住了二百一十六户。')).toEqual([{ field: 'situation', value: '安置点一共住了二百一十六户。', append: true }]);
    expect(readCorrection('情况里补一句：有个村三年没有村医了。建议再加一条：给村医提高补助。')).toEqual([
      { field: 'situation', value: '有个村三年没有村医了。', append: true },
      { field: 'suggestion', value: '给村医提高补助。', append: true },
    ]);
  });

  it('takes the title said last, after why', async () => {
    const { readPreviewEdit } = await import('../src/opinions/dialog/preview-edits.ts');
    expect(readPreviewEdit({ title: '关于解决官渡镇桃花村吃水难的建议' }, '标题里别写我们村的名字，就写关于解决官渡镇山区吃水难的建议')?.title).toBe('关于解决官渡镇山区吃水难的建议');
  });
});

describe('asides at the start and questions at the preview', () => {
  it('keeps a question about who reads the report out of the story', async () => {
    const { isKnowledgeQuestion } = await import('../src/opinions/dialog/intents.ts');
    expect(isKnowledgeQuestion('这个会给谁看？会不会发到网上去？', 'preview')).toBe(true);
  });

  it('reads 我是用语音说的 as a remark on the typing', async () => {
    const { isTypistAside } = await import('../src/opinions/dialog/typist-asides.ts');
    expect(isTypistAside('我是用语音说的')).toBe(true);
  });
});

describe('a slip put right after a trailing pause', () => {
  it('replaces what was said wrong with what follows the correction', () => {
    expect(withSelfCorrections('我们镇上人民路……不对不对，是建设路，建设路口的灯坏了')).toBe('我们镇上建设路，建设路口的灯坏了');
  });
});

describe('thanks said to the staff', () => {
  it('is no name and no part of the story', () => {
    expect(extractContact('王秘书好，辛苦啦').name).toBeUndefined();
    expect(withoutDecoration('王秘书好，辛苦啦[抱拳] 我想反映个社情民意')).toBe('我想反映个社情民意');
    expect(withoutDecoration('路灯坏了半个月了，您辛苦了')).toBe('路灯坏了半个月了');
  });
});
