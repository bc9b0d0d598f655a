import { describe, expect, it } from 'vitest';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { composeTitle, splitFreeText } from '../src/opinions/intake/free-text.ts';
import { looksLikeReport, looksLikeStory, readStartPhrase } from '../src/opinions/intake/start-phrase.ts';

describe('the start of a report, as members say it', () => {
  it.each([
    ['我想反映社情民意', ''],
    ['社情民意', ''],
    ['/opinion', ''],
    // typos of pinyin input and voice
    ['我想放映社情民意', ''],
    ['反应个情况', ''],
    ['我要返映一个问题', ''],
    ['我想反映个社情民义', ''],
    ['题个建议：城区中学晚自习下课没有公交', '城区中学晚自习下课没有公交'],
    ['社情民义\n情况与问提：农贸市场污水横流', '情况与问提：农贸市场污水横流'],
    // greetings first
    ['您好，我想反映个情况', ''],
    ['小助手在吗？我想提个建议', ''],
    ['你好 麻烦帮我报个事', ''],
    ['侬好，我想反映个事体', ''],
    ['您好！我想反映个情况，可以吗？', ''],
    // the story right after the phrase
    ['提个建议：学校门口没有红绿灯', '学校门口没有红绿灯'],
    ['我想反映一下城南路口没有红绿灯的问题', '城南路口没有红绿灯的问题'],
    ['我有个情况想反映一下，菜市场门口垃圾堆了一周', '菜市场门口垃圾堆了一周'],
    ['我有个建议，城南路口应该装灯', '城南路口应该装灯'],
    ['報送社情民意信息', ''],
    ['社情民意：城区学校周边小吃摊多', '城区学校周边小吃摊多'],
    ['您好，我是民盟的徐丽，我想反映一个情况：城北菜市场占道经营', '我是民盟的徐丽，城北菜市场占道经营'],
    ['我这有个事想跟你们反映一下', ''],
    ['我想反映个情况：学校门口为什么没有红绿灯？孩子们很危险，建议安装。', '学校门口为什么没有红绿灯？孩子们很危险，建议安装。'],
  ])('%s', (text, rest) => {
    expect(readStartPhrase(text)).toEqual({ rest });
  });

  it.each([
    '社情民意怎么写？',
    '提交社情民意需要什么材料',
    '提建议有什么要求？',
    '我反映的情况处理了吗',
    '反映的问题什么时候有回复',
    '我有个问题',
    '我想提高一下效率',
    '城南路口没有红绿灯',
    '我想提个问题，社情民意怎么写？',
    '反映个情况，社情民意一般多久有回复？',
  ])('not a start: %s', (text) => {
    expect(readStartPhrase(text)).toBeNull();
  });
});

describe('a long message that is a report without saying so', () => {
  it.each([
    '城南路与学府街交叉口紧邻城南小学，每天约800名学生过马路，路口没有红绿灯，今年已发生3起剐蹭事故，建议交警部门尽快增设信号灯。',
    '我们小区门口的路灯坏了快两个月了，晚上黑漆漆的，老人小孩出门很不方便，已经有人摔倒了，希望有关部门尽快来修一下',
    '东风村通往镇上的公路坑洼不平，雨天积水很深，学生上学和村民卖菜都很困难，呼吁交通部门把这段路纳入今年的农村公路改造计划',
  ])('%s', (text) => {
    expect(looksLikeReport(text)).toBe(true);
  });

  it.each([
    '我们城南小学——我是这里的校长郑爱华，电话13597208436——门口上学放学时段，电动车、私家车、卖零食的小摊挤成一团，上周有个一年级的娃被电动车刮伤了',
    '我们小区里三十多栋楼只有一个出入口，早上七点到八点半进出的车排到马路上，老人孩子都从车缝里穿过去',
  ])('an account of one’s own place, offered as a report: %s', (text) => {
    expect(looksLikeStory(text)).toBe(true);
  });

  it.each(['我们十堰政协去年一共开了几次常委会议，每次讨论了哪些议题'])('not an account: %s', (text) => {
    expect(looksLikeStory(text)).toBe(false);
  });

  it.each([
    '东风村通往镇上的公路坑洼不平，雨天积水很深，学生上学和村民卖菜都很困难，呼吁交通部门把这段路纳入今年的农村公路改造计划',
  ])('%s', (text) => {
    expect(looksLikeReport(text)).toBe(true);
  });

  it.each([
    '请问社情民意信息提交以后多长时间能够收到回复，办理进度在哪里可以查询，需要我提供哪些材料，有没有范文可以参考一下？',
    '帮我写一篇关于城南小学门口交通安全的社情民意，要求800字左右，内容包括现状、问题和建议，语言正式一些，谢谢你们的帮助',
    '城南路口没有红绿灯，建议增设。',
    '十堰市政协去年一共立案了多少件提案，其中有多少件是关于教育方面的，办理情况和满意率分别是多少，能不能给我列一下？',
  ])('not a report: %s', (text) => {
    expect(looksLikeReport(text)).toBe(false);
  });
});

describe('a clean title from spoken words', () => {
  it.each([
    ['就是我们那个城南的路口啊，嗯，没有红绿灯，然后小孩上学很危险', '我觉得应该装个红绿灯吧', '关于安装红绿灯的建议'],
    ['学校门口那个路口没有红绿灯，每天上下学很危险', '建议增设信号灯', '关于在学校门口增设信号灯的建议'],
    ['路灯坏了', '建议市城管局尽快维修。', '关于维修路灯的建议'],
    ['嗯那个就是我们这边菜市场门口那个垃圾桶反正一直没人清理然后臭得很', '希望能不能管一管', '关于加强菜市场门口垃圾桶管理的建议'],
    ['城南路口没有红绿灯', '建议增设。', '关于在城南路口增设红绿灯的建议'],
    ['阳光小区是老旧小区，没有充电桩', '建议区住建局牵头，在小区空地集中建设电动车充电棚。', '关于在小区空地集中建设电动车充电棚的建议'],
    [
      '城南路与学府街交叉口紧邻城南小学',
      '一是建议公安交管部门在该路口恢复设置行人过街信号灯；二是安排交通协管员值守',
      '关于在城南路与学府街交叉口恢复设置行人过街信号灯的建议',
    ],
    ['城东的清水河经常发黑发臭', '建议环保部门排查排污口，开展河道清淤。', '关于排查排污口的建议'],
  ])('%s / %s → %s', (situation, suggestion, title) => {
    expect(composeTitle(situation, suggestion)).toBe(title);
  });

  it('gives no title when none reads cleanly, so the member is asked', () => {
    expect(composeTitle('其实我觉得吧，城北公园的健身器材都坏了好久了', undefined)).toBeUndefined();
    expect(composeTitle('嗯，就是那个，你知道吧', '我觉得吧')).toBeUndefined();
  });

  it('cuts a long ask after a whole word, never inside one', () => {
    expect(composeTitle('乡村学校体育老师严重不足。', '建议通过定向培养、城区教师轮岗的办法补齐乡村学校体育教师缺口')).toBe('关于通过定向培养、城区教师轮岗的办法补齐乡村学校的建议');
  });

  it('never lets speech filler into a composed title', () => {
    const title = composeTitle('然后我们那个小区反正停车特别难', '其实我觉得就是应该多建个停车场') ?? '';
    expect(title).toMatch(/^关于.+的建议$/);
    expect(title).not.toMatch(/然后|那个|反正|其实|我觉得|就是|吧/);
    expect(Array.from(title).length).toBeLessThanOrEqual(30);
  });
});

describe('problem and suggestion in a voice message without punctuation', () => {
  it('splits at the ask', () => {
    expect(splitFreeText('您好我想反映个情况城南路口没有红绿灯很危险建议装个红绿灯')).toEqual({
      situation: '城南路口没有红绿灯很危险',
      suggestion: '建议装个红绿灯',
    });
  });
});

describe('a suggestion in plain words, sent as a message of its own', () => {
  it('takes an office told to act as the suggestion, but not when the story tells what was done', () => {
    expect(splitFreeText('俺村那个砖厂又偷着开了，一到夜里就冒黑烟\n叫环保局夜里来查查，该关就关')).toEqual({
      situation: '俺村那个砖厂又偷着开了，一到夜里就冒黑烟',
      suggestion: '叫环保局夜里来查查，该关就关',
    });
    expect(splitFreeText('砖厂一到夜里就冒黑烟，让环保局来过两次，白天来夜里不来').suggestion).toBeUndefined();
  });
});

describe('a draft pasted from Word or a PDF', () => {
  it('leaves out review marks, page footers and the running header, and reads the signature lines', () => {
    const fields = extractFields(
      [
        '关于规范农村集体“三资”管理的建议',
        '一、存在的问题',
        '部分村账上却有几十万元的应收款多年收不回[批注1]；有的山林一租就是五十年。',
        '— 1 —',
        '政协××县委员会办公室',
        '二、对策建议',
        '推行村级财务“村账乡代管”和线上公开。',
        '[批注1]: 王秘书：这个数字我再核实一下，先这么写',
        '撰写人：鲁光明（中共界别）　电话：0719-5123468　手机：13872690217',
      ].join('\n'),
    );
    expect(fields).toMatchObject({ name: '鲁光明', phone: '13872690217' });
    const body = `${fields.situation}\n${fields.suggestion}`;
    for (const debris of ['[批注1]', '核实一下', '— 1 —', '委员会办公室', '撰写人']) expect(body).not.toContain(debris);
    expect(fields.situation).toContain('几十万元的应收款多年收不回');
  });
});

describe('reading a whole message', () => {
  it('reads a pasted document: header lines are layout, the first line is the title, the signature goes to the reporter', () => {
    const paste = [
      '社情民意信息',
      '关于城南小学路口增设信号灯的建议',
      '内容：',
      '城南路与学府街交叉口紧邻城南小学，每天约800名学生过马路，路口没有红绿灯。',
      '建议交警部门尽快增设信号灯，上下学时段安排交警值守。',
      '民盟 徐丽 13812345678',
    ].join('\n');
    expect(extractFields(paste)).toEqual({
      title: '关于城南小学路口增设信号灯的建议',
      situation: '城南路与学府街交叉口紧邻城南小学，每天约800名学生过马路，路口没有红绿灯。',
      suggestion: '建议交警部门尽快增设信号灯，上下学时段安排交警值守。',
      name: '徐丽',
      sector: '民盟',
      phone: '13812345678',
    });
  });

  it('reads a document whose title names a problem and whose signature is labelled', () => {
    const paste = [
      '社情民意',
      '老旧小区充电难问题亟待解决',
      '正文',
      '阳光小区建于1995年，300多户居民没有一个充电桩，飞线充电存在火灾隐患。',
      '建议将充电设施建设纳入老旧小区改造计划。',
      '反映人：王建华（民建）  联系电话：13907191234',
      '同意署名',
    ].join('\n');
    expect(extractFields(paste)).toEqual({
      title: '老旧小区充电难问题亟待解决',
      situation: '阳光小区建于1995年，300多户居民没有一个充电桩，飞线充电存在火灾隐患。',
      suggestion: '建议将充电设施建设纳入老旧小区改造计划。',
      name: '王建华',
      sector: '民建',
      phone: '13907191234',
      signed: true,
    });
  });

  it('reads a document in 《》 with a member line under the title and a date at the end', () => {
    const paste = [
      '《关于加快老旧小区加装电梯的建议》',
      '民进会员 李红',
      '阳光小区共有12栋6层住宅，老年居民占四成，上下楼困难。',
      '建议简化审批流程，出台费用分摊指导意见。',
      '2025年3月5日',
    ].join('\n');
    expect(extractFields(paste)).toEqual({
      title: '关于加快老旧小区加装电梯的建议',
      situation: '阳光小区共有12栋6层住宅，老年居民占四成，上下楼困难。',
      suggestion: '建议简化审批流程，出台费用分摊指导意见。',
      name: '李红',
      sector: '民进',
    });
  });

  it('reads a labelled form with a bracketed header and 内容：', () => {
    const paste = [
      '【社情民意】',
      '标题：关于规范共享单车停放的建议',
      '反映人：李红  界别：民进  电话：13512345678',
      '内容：地铁站周边共享单车乱停乱放，影响行人通行。',
      '建议：一是划定停放区域；二是加强企业调度。',
      '是否署名：是',
    ].join('\n');
    expect(extractFields(paste)).toEqual({
      title: '关于规范共享单车停放的建议',
      situation: '地铁站周边共享单车乱停乱放，影响行人通行。',
      suggestion: '一是划定停放区域；二是加强企业调度。',
      name: '李红',
      sector: '民进',
      phone: '13512345678',
      signed: true,
    });
  });

  it('reads consent written on the signature line', () => {
    expect(extractFields('路灯坏了一个月，建议尽快维修。\n民进 王芳 13607191234 同意署名')).toMatchObject({
      situation: '路灯坏了一个月',
      name: '王芳',
      sector: '民进',
      phone: '13607191234',
      signed: true,
    });
  });

  it('reads a voice message whose introduction comes before the start phrase and whose number is read out', () => {
    const fields = extractFields('喂你好我是那个民建的刘洋啊我想反映一下东岳路晚上大货车特别多噪音很大居民睡不着觉希望交警限制一下货车通行时间我电话是一三九一二三四五六七八');
    expect(fields).toMatchObject({ name: '刘洋', sector: '民建', phone: '13912345678', title: '关于在东岳路限制货车通行时间的建议' });
    expect(fields.situation).toBe('东岳路晚上大货车特别多噪音很大居民睡不着觉');
  });

  it('keeps a signature out of a labelled suggestion', () => {
    const fields = extractFields('标题：关于增设信号灯的建议\n情况与问题：城南路口没有红绿灯。\n意见建议：建议增设信号灯。\n——民建 王建华 13907191234');
    expect(fields.suggestion).toBe('建议增设信号灯。');
    expect(fields).toMatchObject({ name: '王建华', sector: '民建', phone: '13907191234' });
  });

  it('reads a voice message with greeting, self-introduction, phone and consent run together', () => {
    expect(extractFields('您好我想反映个情况我是民盟的徐丽电话13812345678城南路口没有红绿灯很危险建议装个红绿灯同意署名')).toEqual({
      title: '关于在城南路口安装红绿灯的建议',
      situation: '城南路口没有红绿灯很危险',
      suggestion: '建议装个红绿灯',
      name: '徐丽',
      sector: '民盟',
      phone: '13812345678',
      signed: true,
    });
  });

  it('reads Traditional characters and full-width digits', () => {
    expect(extractFields('城南路口沒有紅綠燈，每天上下學很危險，建議增設信號燈。聯繫人：馬俊 電話：１３８１２３４５６７８')).toEqual({
      title: '关于在城南路口增设信号灯的建议',
      situation: '城南路口没有红绿灯，每天上下学很危险',
      suggestion: '建议增设信号灯。',
      name: '马俊',
      phone: '13812345678',
    });
  });

  it('reads a typo in the start phrase and 匿名 at the end', () => {
    const fields = extractFields('我想放映社情民意：我是九三学社的张红梅，城北公园的健身器材都坏了，老人没法锻炼，希望有关部门尽快维修。匿名');
    expect(fields).toMatchObject({ name: '张红梅', sector: '九三学社', signed: false, title: '关于维修健身器材的建议' });
    expect(fields.situation).toBe('城北公园的健身器材都坏了，老人没法锻炼');
  });

  it('takes the name and phone out of a labelled contact line: 联系人:马俊 tel:…', () => {
    expect(extractFields('情况：路灯坏了一个月。\n联系人:马俊 tel:18612345678')).toMatchObject({
      situation: '路灯坏了一个月。',
      name: '马俊',
      phone: '18612345678',
    });
  });

  it('stores a labelled sector under its canonical name (knowledge/sectors.txt), and reads a self-introduction in it', () => {
    expect(extractFields('界别：教育界').sector).toBe('教育');
    expect(extractFields('【所在界别】社会福利和社会保障界').sector).toBe('社会福利和社会保障');
    expect(extractFields('界别：我是民盟的').sector).toBe('民盟');
  });

  it('finds the title under the headings of a WPS paste and joins a title spread across the page', () => {
    const wps = extractFields('××县政协委员社情民意信息\n\n（2025年第  期）\n\n关于解决山区小学教学点师资问题的建议\n\n　　我县目前还有17个教学点，每个点只有1名教师。\n　　建议对教学点教师实行生活补助倍增。');
    expect(wps.title).toBe('关于解决山区小学教学点师资问题的建议');
    expect(extractFields('内部资料\u3000注意保存\n\n关于遏制山区耕地撂荒的建议\n\n撂荒耕地约3400亩，青壮年外出务工后无人耕种。建议对撂荒地统一流转。').title).toBe('关于遏制山区耕地撂荒的建议');
    expect(extractFields('关 于 加 强 乡 镇 消 防 站 建 设 的 建 议\n\n　　我县22个乡镇中，只有4个建有乡镇消防站。\n　　建议分三年建设乡镇消防站。').title).toBe('关于加强乡镇消防站建设的建议');
  });

  it('does not take a first line of a short message for a title', () => {
    expect(extractFields('城南路口没有红绿灯\n建议装一个').title).not.toBe('城南路口没有红绿灯');
  });

  it('keeps the figures of the story and does not take a number somebody else answers for the reporter’s', () => {
    const fields = extractFields('我打了物业电话0719-8123456没人接，小区800户停水三天了，建议供水公司尽快抢修。');
    expect(fields.phone).toBeUndefined();
    expect(fields.situation).toBe('我打了物业电话0719-8123456没人接，小区800户停水三天了');
  });
});
