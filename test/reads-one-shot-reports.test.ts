import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('a voice-dictated report signed off at the end without a pause', () => {
  it('takes the name, sector, phone and consent out of the story', () => {
    expect(extractContact('另外请环保部门定期公布水质监测结果我是黄志刚农工党的电话15872063419同意署名')).toEqual({
      name: '黄志刚',
      sector: '农工党',
      phone: '15872063419',
      signed: true,
      rest: '另外请环保部门定期公布水质监测结果',
    });
    expect(extractContact('另外在镇上建一个柑橘分选加工厂延长产业链我是杨光荣同意署名')).toEqual({ name: '杨光荣', signed: true, rest: '另外在镇上建一个柑橘分选加工厂延长产业链' });
  });

  it('leaves somebody else said in passing in the story', () => {
    expect(extractContact('我们村主任说我是李四的亲戚电话不能给').name).toBeUndefined();
  });
});

describe('a report sent by a branch or filled in a form', () => {
  it('reads the sector from the body that sends it', () => {
    expect(extractContact('九三学社十堰市委会医卫支社 报送').sector).toBe('九三学社');
    expect(extractContact('报送单位\t民革襄阳市委会').sector).toBe('民革');
  });

  it('keeps the sending line above the title for the contact fields', () => {
    const read = extractFields('致公党黄冈市总支委员会　报送\n\n关于加快蕲艾产业标准化建设的建议\n\n蕲艾行业标准不统一，小作坊以次充好。\n建议：县市场监管局牵头制定地方标准。\n\n联系人：方志远　13593612870');
    expect(read).toMatchObject({ title: '关于加快蕲艾产业标准化建设的建议', sector: '致公党', name: '方志远', phone: '13593612870' });
  });

  it('reads the sector set off after the name on the reporter’s line', () => {
    expect(extractFields('【标题】关于就业服务的建议\n【情况与问题】留鄂就业比例长期在40%左右。\n【意见建议】搭建信息平台。\n【反映人】徐立新　教育界　某大学经济管理学院教授')).toMatchObject({ name: '徐立新', sector: '教育' });
  });

  it('reads English labels for the sector and for anonymity', () => {
    const read = extractFields('Title: 关于规范共享电单车停放的建议\nProblem: 地铁站口共享电单车乱停乱放。\nSuggestion: 核定投放总量。\nName: 何雨\nParty: 民革\nTel: 18627041358\nAnonymous: yes');
    expect(read).toMatchObject({ name: '何雨', sector: '民革', phone: '18627041358', signed: false });
    expect(extractFields('Problem: 机场大巴最后一班是晚上9点半。\nSuggestion: 开通夜间公交专线。\nSector: 致公党\nSign: yes')).toMatchObject({ sector: '致公党', signed: true });
  });
});

describe('a report sent for a member by a secretary', () => {
  it('keeps the covering line out, takes the title under it, and reads the member’s consent', () => {
    const read = extractFields('您好，我是市工商联陈志强副主席的秘书，受陈主席委托报送一条社情民意：\n关于缓解中小企业应收账款拖欠问题的建议\n陈主席在走访中了解到，部分中小企业被拖欠账款问题突出。\n建议：市里开展拖欠中小企业账款专项清理。\n反映人：陈志强，工商联界，电话13872227760。陈主席同意署名。');
    expect(read).toMatchObject({ title: '关于缓解中小企业应收账款拖欠问题的建议', name: '陈志强', signed: true });
    expect(read.situation).not.toContain('委托');
  });

  it('reads the name after the member’s title', () => {
    expect(extractContact('我是恩施州政协委员梅雪，少数民族界，电话13886741025').name).toBe('梅雪');
  });
});

describe('the reason given after the suggestion', () => {
  it('is the story, labelled 原因是', () => {
    expect(extractFields('💡建议：由区里统一配吸粪车、定期上门抽运。\n📝原因是：很多化粪池满了没人抽，新厕所成了摆设。')).toMatchObject({
      suggestion: '由区里统一配吸粪车、定期上门抽运。',
      situation: '很多化粪池满了没人抽，新厕所成了摆设。',
    });
  });
});

describe('a report passed on for a member by a relative or a secretary', () => {
  it('starts a report for the member named', async () => {
    const { readIntent } = await import('../src/opinions/dialog/intents.ts');
    expect(readIntent('您好，我是政协委员李国华的女儿，我爸不太会打字，让我帮他反映个社情民意')).toEqual({ kind: 'start', rest: '我叫李国华' });
    expect(readIntent('您好，我是市工商联刘主席的秘书，刘主席让我把他的社情民意发过来').kind).toBe('start');
  });

  it('takes the number chosen for the member, and the member’s consent', () => {
    expect(extractContact('全名刘永康，电话留刘主席本人的13871800326，我的就不用留了。他说同意署名')).toMatchObject({ name: '刘永康', phone: '13871800326', signed: true });
  });

  it('titles the report by the first measure after 的建议是：一、', () => {
    expect(extractFields('中小微企业反映银行的小额贷款审批要两个月以上。\n刘主席的建议是：一、市地方金融局牵头搭建政银企对接平台；二、扩大担保覆盖面').title).toBe('关于搭建政银企对接平台的建议');
  });
});
