import { describe, expect, it } from 'vitest';
import { withoutLeadingAsides } from '../src/opinions/dialog/typist-asides.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';

describe('a labelled contact detail ends with its sentence', () => {
  it('keeps the story told after "电话：……。"', () => {
    const fields = extractFields('我是民盟的徐丽，电话：13512763089。城南路口没有红绿灯，孩子过马路很危险。建议交警设置信号灯。');
    expect(fields).toMatchObject({ name: '徐丽', sector: '民盟', phone: '13512763089', situation: '城南路口没有红绿灯，孩子过马路很危险。', suggestion: '建议交警设置信号灯。' });
  });
});

describe('the name after where the member works', () => {
  it('reads 襄阳日报的杨帆 after the sector, and takes it out of the story', () => {
    const found = extractContact('您好，我是新闻界的委员，襄阳日报的杨帆，电话18671050236，想反映个事');
    expect(found).toMatchObject({ name: '杨帆', phone: '18671050236', rest: '您好，想反映个事' });
  });
  it('does not take how colleagues call them, or someone the member knows', () => {
    expect(extractContact('我是市体育局退休的刘局，刘国庆，体育界的。').name).toBe('刘国庆');
    expect(extractContact('我是张强的邻居，他家漏水').name).toBeUndefined();
  });
});

describe('letters, dialect and asides before the story', () => {
  it('reads a letter opening as the start', () => {
    expect(readStartPhrase('尊敬的市政协办公室同志：您好！本人拟反映社情民意一则。我市皮影戏后继无人')?.rest).toBe('我市皮影戏后继无人');
  });
  it('reads 整个社情民意 and 跟恁说说 as the start, with nothing told yet', () => {
    expect(readStartPhrase('我要整个社情民意')).toEqual({ rest: '' });
    expect(readStartPhrase('俺有个事儿想跟恁说说，给上头反映反映')).toEqual({ rest: '' });
    expect(readStartPhrase('整个情况是这样的')).toBeNull();
  });
  it('drops the typist’s apology and the title left to the bot', () => {
    expect(withoutLeadingAsides('语音输入的 有错字见谅 我是新闻出版界的程晓峰')).toBe('我是新闻出版界的程晓峰');
    expect(withoutLeadingAsides('标题你帮我拟一个就行，我不太会起')).toBe('');
    expect(withoutLeadingAsides('我今年七十三了，小区没有电梯')).toBe('我今年七十三了，小区没有电梯');
  });
});

describe('a pasted document’s closing and the body signing it', () => {
  it('drops 以上，请审阅 and reads the signing body as the sector', () => {
    const text = '关于加强古城区历史建筑消防安全的建议\n\n古城区历史建筑大多为砖木结构，去年走访发现21处没有配置灭火器。\n\n建议：\n一、开展全面消防排查；\n二、设置微型消防站。\n\n以上，请审阅。\n民革常熟市基层委员会\n2026年4月';
    const fields = extractFields(text);
    expect(fields.sector).toBe('民革');
    expect(`${fields.situation}${fields.suggestion}`).not.toMatch(/请审阅|基层委员会|2026年4月/u);
  });
});

describe('a title said in the member’s words', () => {
  it('reads 就叫《……》吧 and 标题就叫…… as the title, and the title left to us as nothing', async () => {
    const { titleSaid } = await import('../src/opinions/intake/said-title.ts');
    expect(extractFields('清水河上游养猪场往河里排污水。希望环保部门依法查处。就叫《关于整治清水河养猪场偷排污水的建议》吧').title).toBe('关于整治清水河养猪场偷排污水的建议');
    expect(titleSaid('建议依法处罚。标题就叫关于加强东湖湿地候鸟保护的建议')).toEqual({ title: '关于加强东湖湿地候鸟保护的建议', rest: '建议依法处罚。' });
    expect(titleSaid('建议按月拨付。标题你看着起。')).toEqual({ rest: '建议按月拨付。' });
    expect(titleSaid('他们都叫关于这个问题的建议很多').title).toBeUndefined();
  });
  it('changes the title at the preview however it is said, with what else the message changes', async () => {
    const { readCorrection } = await import('../src/opinions/intake/corrections.ts');
    const current = { title: '关于减少个体工商户重复填报的建议', name: '陈晓东' };
    expect(readCorrection('标题太长了，改短点：关于老旧小区电动车集中充电的建议', undefined, current)).toEqual([{ field: 'title', value: '关于老旧小区电动车集中充电的建议' }]);
    expect(readCorrection('标题里“减少”改成“清理”，提交吧', undefined, current)).toEqual([{ field: 'title', value: '关于清理个体工商户重复填报的建议' }]);
    expect(readCorrection('名字写错了，是陈晓冬，标题改成关于加强城区养犬管理的建议', undefined, current)).toEqual([
      { field: 'title', value: '关于加强城区养犬管理的建议' },
      { field: 'name', value: '陈晓冬' },
    ]);
  });
});

describe('changes to a part of the text at the preview', () => {
  it('replaces a phrase of the same frame, a numbered point, and the same place in the title', async () => {
    const { readPreviewEdit, withinTheText, editedBesideTheTitle } = await import('../src/opinions/dialog/preview-edits.ts');
    expect(withinTheText('建议由街道牵头，对弃管小区引入国企物业托管。', '由区里牵头')).toBe('建议由区里牵头，对弃管小区引入国企物业托管。');
    expect(withinTheText('建议由街道牵头，对弃管小区引入国企物业托管。', '由区里牵头，对弃管小区引入国企物业托管，财政兜底')).toBe('由区里牵头，对弃管小区引入国企物业托管，财政兜底');
    // The new words, then why, or that the rest stands: only the phrase changes.
    const survey = '建议由镇政府牵头对老街建筑做一次普查建档，申报县级文物保护单位，设立修缮补助资金';
    expect(withinTheText(survey, '由市文旅局牵头，镇里力量不够。其他可以')).toBe('建议由市文旅局牵头对老街建筑做一次普查建档，申报县级文物保护单位，设立修缮补助资金');
    expect(withinTheText('建议由街道牵头，对弃管小区引入国企物业托管。', '由区里牵头 市里太远了')).toBe('建议由区里牵头，对弃管小区引入国企物业托管。');
    expect(withinTheText(survey, '由市文旅局牵头，每年拨付专项资金')).toBe('由市文旅局牵头，每年拨付专项资金');
    const fields = { title: '关于在狮子山街道建设嵌入式养老机构的建议', situation: '狮子山街道60岁以上老人占了三成。', suggestion: '一是建设临时停车场；二是施划夜间限时停车位；三是由街道协调单位晚上开放内部停车场。' };
    expect(readPreviewEdit(fields, '第三条改成：由区里牵头，协调周边机关单位和学校夜间错时开放停车场')?.suggestion).toBe('一是建设临时停车场；二是施划夜间限时停车位；三是由区里牵头，协调周边机关单位和学校夜间错时开放停车场。');
    expect(readPreviewEdit(fields, '不是狮子山街道，是珞南街道，标题里也一起改一下')?.title).toBe('关于在珞南街道建设嵌入式养老机构的建议');
    const told = { situation: '我们乡中学31个老师，有9个是临时代课老师。说句实话这种情况领导也都知道。', suggestion: '建议补齐编制教师。' };
    expect(editedBesideTheTitle(told, '情况里最后一句删掉。标题改成《关于补齐山区乡村学校教师缺口的建议》')?.situation).toBe('我们乡中学31个老师，有9个是临时代课老师。');
  });
});

describe('a new title said as its subject only', () => {
  it('makes the title of it', async () => {
    const { readCorrection } = await import('../src/opinions/intake/corrections.ts');
    expect(readCorrection('标题太长了，改成电动车楼道充电隐患就行', undefined, { title: '关于解决小区电动车推楼道里充电问题的建议' })).toEqual([{ field: 'title', value: '关于电动车楼道充电隐患的建议' }]);
  });
});
