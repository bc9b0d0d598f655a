import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { composeTitle } from '../src/opinions/intake/free-text.ts';
import { readPersonName } from '../src/opinions/intake/person-name.ts';
import { findPhone, isValidPhone } from '../src/opinions/intake/phone.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('landlines with an extension, numbers grouped with dots, country codes', () => {
  it.each([
    ['我是农工党的潘玉洁，办公室电话0710-3345678转612，同意署名', { name: '潘玉洁', sector: '农工党', phone: '0710-3345678转612', signed: true, rest: '' }],
    ['单位座机 027-87654321 分机 56', { phone: '027-87654321转56', rest: '' }],
    ['固话（0716）8123456（分机31）', { phone: '（0716）8123456转31', rest: '' }],
    ['手机 186.2233.4455', { phone: '18622334455', rest: '' }],
    ['联系方式 0086 150 1234 5678', { phone: '150 1234 5678', rest: '' }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toEqual(expected);
  });

  it('accepts such numbers as an answer to the phone question', () => {
    expect(isValidPhone('158.7190.2233')).toBe(true);
    expect(isValidPhone('0710-3345678 分机号 612')).toBe(true);
    expect(findPhone('请打0710-3345678转分机612')).toBe('0710-3345678转612');
  });

  it('still leaves an office line somebody else answers in the story', () => {
    const text = '我们给街道办公室电话0719-8123456打了十几次，一直没人接。';
    expect(extractContact(text)).toEqual({ rest: text });
  });
});

describe('a name written beside its pinyin or English name', () => {
  it.each([
    ['Zhang Wei 张伟，民盟，电话13812345678', { name: '张伟', sector: '民盟', phone: '13812345678', rest: '' }],
    ['ZHAO Min 赵敏，九三学社的', { name: '赵敏', sector: '九三学社', rest: '' }],
    ['我叫Amy 王丽，青联的', { name: '王丽', sector: '青联', rest: '' }],
    ['李东（Tony），民进', { name: '李东', sector: '民进', rest: '' }],
    ['I am Tony, 中文名李东，工商联的委员。城南的路灯坏了一个月。', { name: '李东', sector: '工商联', rest: '城南的路灯坏了一个月。' }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toEqual(expected);
  });

  it('keeps English words of the story', () => {
    const text = '公园的指示牌把“Park”拼成了“Prak”，游客看不懂';
    expect(extractContact(text)).toEqual({ rest: text });
  });
});

describe('who the member is, said in the story before the full name', () => {
  it('takes 我老周，农业界的 out of the story and keeps the sector', () => {
    expect(extractContact('我老周，农业界的。村里的灌溉渠塌了三处，秧田放不进水。')).toEqual({ sector: '农业', rest: '村里的灌溉渠塌了三处，秧田放不进水。' });
    expect(extractContact('我是小刘，民盟的，河边的护栏断了')).toEqual({ sector: '民盟', rest: '河边的护栏断了' });
  });

  it('takes out a surname said with how it is written', () => {
    expect(extractContact('我姓韩，韩信的韩。菜市场一直没有公厕。')).toEqual({ rest: '菜市场一直没有公厕。' });
  });

  it('leaves 我老家 and 我小时候 in the story', () => {
    for (const text of ['我老家，郧西那边的路很难走', '我小时候，村里就有这条渠']) expect(extractContact(text)).toEqual({ rest: text });
  });

  it('reads the full name after 全名', () => {
    expect(readPersonName('全名邵建平')).toBe('邵建平');
    expect(extractContact('全名邵建平，无党派，电话13900001111')).toEqual({ name: '邵建平', sector: '无党派人士', phone: '13900001111', rest: '' });
  });
});

describe('a sector given as the full name of its local body', () => {
  it.each([
    ['我是十堰市妇女联合会的委员陈静', { name: '陈静', sector: '妇联', rest: '' }],
    ['我是湖北省十堰市民建的钟磊', { name: '钟磊', sector: '民建', rest: '' }],
    ['我是九三学社十堰市委员会的贾明，电话13607190000', { name: '贾明', sector: '九三学社', phone: '13607190000', rest: '' }],
    ['我是中国致公党湖北省十堰市委员会的委员鲁冰', { name: '鲁冰', sector: '致公党', rest: '' }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toEqual(expected);
  });

  it('takes no sector from a place before a government office', () => {
    expect(extractContact('我是襄阳市教育局的卢伟')).toEqual({ name: '卢伟', rest: '' });
  });

  it('stores a sector written with 界 by its canonical name', () => {
    expect(extractContact('我是教书的，属于教育界。龙海燕 13512345678')).toMatchObject({ name: '龙海燕', sector: '教育', phone: '13512345678' });
  });
});

describe('contact details given for the staff only', () => {
  it.each([
    ['不署名。联系方式只给办公室核实：何平，13607191234，民革', { name: '何平', sector: '民革', phone: '13607191234', signed: false, rest: '' }],
    ['工作人员要核对可以联系我：孔伟 13971234567（经济界），仅限内部使用', { name: '孔伟', sector: '经济', phone: '13971234567', rest: '' }],
    ['路灯坏了三个月。（联系方式仅供工作人员核实：周敏 13912345678，不对外）', { name: '周敏', phone: '13912345678', rest: '路灯坏了三个月。' }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toEqual(expected);
  });

  it('leaves what the staff of a department said in the story', () => {
    const text = '工作人员答复：卢伟已经调走了，没人管这件事';
    expect(extractContact(text)).toEqual({ rest: text });
  });
});

describe('consent said along with the name', () => {
  it('reads 署名：冯婷 as the name to sign with', () => {
    expect(extractContact('署名：冯婷，青联界，手机13811112222')).toEqual({ name: '冯婷', sector: '青联', phone: '13811112222', signed: true, rest: '' });
    expect(extractFields('署名：冯婷，青联界，手机13811112222')).toMatchObject({ name: '冯婷', sector: '青联', phone: '13811112222', signed: true });
    expect(extractContact('不同意署名：冯婷')).toMatchObject({ name: '冯婷', signed: false });
  });

  it('reads 最好署名 and 最好还是匿名', () => {
    expect(readConsent('这件事情最好署名')).toBe(true);
    expect(readConsent('最好还是匿名')).toBe(false);
  });
});

describe('a title that names the place once', () => {
  it('does not say the last word of the place twice', () => {
    expect(composeTitle('张湾区车城街道老年食堂中午只有一个窗口，排队要半小时。', '建议街道再开一个打饭窗口。')).toBe('关于在张湾区车城街道再开一个打饭窗口的建议');
  });

  it('leaves out the member’s 我在 before the place', () => {
    expect(composeTitle('我在丹江口市区开出租车，晚上十点后火车站没有公交。', '建议增开夜间公交线路。')).toBe('关于在丹江口市区增开夜间公交线路的建议');
  });
});

describe('in a chat', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('takes an anonymous report with contact details for the staff in one message', async () => {
    const member = new ChatDriver(() => app, 'member-staff-only', '山间明月');
    await member.say('/opinion');
    const preview = await member.say(
      '不要写我名字。城北农贸市场的活禽区没有隔离，宰杀的污水直接流到过道上，夏天气味很大。建议市场监管局督促市场设置独立活禽宰杀间。工作人员需要核实的话可以找我：龚丽 15071234567（医卫界），仅供内部联系',
    );
    expect(preview).toContain('请核对');
    expect(preview).toContain('【反映人】龚丽');
    expect(preview).toContain('【界别】医药卫生');
    expect(preview).toContain('【是否同意署名报送】不同意');
    expect(preview).not.toContain('仅供内部');
    const stored = await app.storage.opinions.get(receiptNumber(await member.say('确认提交')));
    expect(stored?.fields).toMatchObject({ name: '龚丽', phone: '15071234567', signed: false });
  });

  it('keeps the sector of 我老X said with the story and asks only for what is missing', async () => {
    const member = new ChatDriver(() => app, 'member-called-by-surname', '青山');
    await member.say('/opinion');
    const asked = await member.say('我老孙，环境资源界的。神定河下游有两个排污口晚上偷排，河水发黑。建议区生态环境分局夜间巡查，安装在线监测。');
    expect(asked).not.toContain('界别');
    const preview = await member.say('孙长河 13797001234 同意署名');
    expect(preview).toContain('【界别】环境资源');
    expect(preview).not.toContain('我老孙');
  });
});

describe('who reports it, said around the story', () => {
  it('reads a closing attribution line as the reporter', () => {
    expect(extractContact('以上是县三中教师裴红霞反映，电话15586412730，民进会员，同意署名')).toMatchObject({ rest: '', name: '裴红霞', phone: '15586412730', sector: '民进', signed: true });
  });

  it('does not take a thing named after a job for a person (教师周转房)', () => {
    expect(extractContact('我们县的乡村教师周转房，一套三十来平，住两个老师').name).toBeUndefined();
  });

  it('greets an introduction that says how to be reached, and keeps its details for the report', async () => {
    const app = await createApp(testConfig(), silentLogger());
    const zhang = new ChatDriver(() => app, 'member-reached-by-son', '章');
    expect(await zhang.say('我姓章，立早章，章德旺，农业界的。我手机老是没信号，联系电话留我儿子的吧：18971264305')).toContain('章德旺委员');
    await zhang.say('我们山里的村子到现在还没有4G信号，要爬到山顶上才打得通电话，娃娃上网课要跑到村委会去蹭网');
    expect(await zhang.say('建议通信管理局督促运营商把偏远山村的基站补上')).not.toContain('姓名');
    await app.close();
  });

  it('reads a Cantonese introduction with 界別嘅', () => {
    expect(extractContact('我係特邀界別嘅黃美玲，電話15172018899')).toMatchObject({ name: '黄美玲', sector: '特邀人士', phone: '15172018899' });
  });

  it('takes the lead-in to details given between dashes with them', () => {
    expect(extractContact('前天我去他那儿量血压——顺便说一下我是农工党的何春生，电话15872036147——他跟我说干不动了').rest).toBe('前天我去他那儿量血压——他跟我说干不动了');
  });

  it('leaves out an offer to be called once the number is taken', () => {
    const read = extractContact('我在护理部干了二十年，情况很清楚，有需要核实的随时打我13886219074。建议推行无陪护病房');
    expect(read.rest).toBe('我在护理部干了二十年，情况很清楚。建议推行无陪护病房');
    expect(extractContact('社区说联系我们也没用，电话13886219074').rest).toContain('联系我们也没用');
  });
});
