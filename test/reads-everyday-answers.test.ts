import { describe, expect, it } from 'vitest';
import { readCorrection } from '../src/opinions/intake/corrections.ts';
import { parseFieldAnswer } from '../src/opinions/intake/parse-answer.ts';
import { readAnswerFor } from '../src/opinions/intake/read-answer.ts';
import { normalizeMessage } from '../src/shared/normalize-text.ts';
import { readYesNo } from '../src/shared/yes-no.ts';

describe('one form for every message', () => {
  it.each([
    ['电话１３８１２３４５６７８', '电话13812345678'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['學校門口沒有紅綠燈', '学校门口没有红绿灯'],
    ['徐\u200b丽\ufeff', '徐丽'],
    ['第一行\r\n第二行', '第一行\n第二行'],
    ['城南路口，没有红绿灯。', '城南路口，没有红绿灯。'],
    ['０７１９－８１２３４５６', '0719-8123456'],
    ['2023—2025年', '2023—2025年'],
  ])('%s → %s', (text, normal) => {
    expect(normalizeMessage(text)).toBe(normal);
  });
});

describe('an everyday yes or no', () => {
  it.each([
    ['好的', 'yes'],
    ['好', 'yes'],
    ['可以', 'yes'],
    ['行', 'yes'],
    ['没问题', 'yes'],
    ['ok', 'yes'],
    ['OK', 'yes'],
    ['ＯＫ', 'yes'],
    ['👌', 'yes'],
    ['👍', 'yes'],
    ['[OK]', 'yes'],
    ['[强]', 'yes'],
    ['嗯', 'yes'],
    ['嗯嗯', 'yes'],
    ['对', 'yes'],
    ['是的', 'yes'],
    ['确认', 'yes'],
    ['提交吧', 'yes'],
    ['就这样', 'yes'],
    ['发吧', 'yes'],
    ['好的好的，谢谢', 'yes'],
    ['不', 'no'],
    ['不用', 'no'],
    ['不要', 'no'],
    ['不行', 'no'],
    ['否', 'no'],
    ['算了', 'no'],
    ['先不', 'no'],
    ['别', 'no'],
    ['不用了，谢谢', 'no'],
    ['嗯，先不提交了', 'no'],
  ] as const)('%s → %s', (text, answer) => {
    expect(readYesNo(text)).toBe(answer);
  });

  it.each([
    '好的，标题改一下',
    '好吗？',
    '可以不可以',
    '行不行',
    '收到',
    '我觉得基本可以了就这样提交吧谢谢',
    '城南路口没有红绿灯',
    '',
  ])('neither: %s', (text) => {
    expect(readYesNo(text)).toBeNull();
  });
});

describe('an answer read for the question asked', () => {
  it.each([
    ['name', '我叫林晓东', '林晓东'],
    ['name', '我是民盟的徐丽', '徐丽'],
    ['name', '联系人:马俊 tel:18612345678', '马俊'],
    ['name', '我是民盟的', null],
    ['name', '东哥', null],
    ['name', '社情民意提交后多久能有回复？', null],
    ['sector', '我是民盟的', '民盟'],
    ['sector', '教育界的', '教育'],
    ['sector', '九三的委员', '九三学社'],
    ['sector', '港澳台侨界', '港澳台侨界'],
    ['sector', '不太清楚', null],
    ['sector', '林晓东', null],
    ['phone', '我的电话是138 1234 5678', '138 1234 5678'],
    ['phone', '１３９１２３４５６７８', '13912345678'],
    ['phone', '座机0719-8123456，白天都在', '0719-8123456'],
    ['phone', '12345', null],
    ['signed', '同意署名', true],
    ['signed', '可以用我的名字', true],
    ['signed', '好的👍', true],
    ['signed', '匿名', false],
    ['signed', '不要写我名字', false],
    ['signed', '都行', true],
    ['signed', '随便，写名字也行', true],
    ['signed', '不用了', false],
    ['signed', '再想想', null],
    ['category', '交通', '城乡建设'],
    ['category', '7', '城乡建设'],
    ['title', '《关于增设信号灯的建议》', '关于增设信号灯的建议'],
  ] as const)('%s: %s → %s', (field, text, value) => {
    expect(readAnswerFor(field, text)).toBe(value);
  });

  it('reads the name after a grumbling question, and a child giving a parent\'s name', () => {
    expect(parseFieldAnswer('name', '我叫啥你们那没登记吗？司马文杰')).toEqual({ value: '司马文杰' });
    expect(parseFieldAnswer('name', '他叫闵光荣')).toEqual({ value: '闵光荣' });
    expect(parseFieldAnswer('name', '扎西次仁')).toEqual({ value: '扎西次仁' });
    expect(parseFieldAnswer('name', '我叫乌兰其其格，农业界')).toEqual({ value: '乌兰其其格' });
    expect(parseFieldAnswer('name', '不方便说')).toHaveProperty('error');
    expect(parseFieldAnswer('title', '同意')).toHaveProperty('error');
  });

  it('the step-by-step reader does not store what is not a name or a sector', () => {
    expect(parseFieldAnswer('name', '我叫林晓东')).toEqual({ value: '林晓东' });
    expect(parseFieldAnswer('name', '无党派')).toHaveProperty('error');
    expect(parseFieldAnswer('sector', '教育界的')).toEqual({ value: '教育' });
    expect(parseFieldAnswer('sector', '徐丽')).toHaveProperty('error');
    expect(parseFieldAnswer('signed', '不要透露我的姓名')).toEqual({ value: false });
  });
});

describe('a correction at the preview', () => {
  it.each([
    ['标题改成关于在城南路口增设信号灯的建议', [{ field: 'title', value: '关于在城南路口增设信号灯的建议' }]],
    ['把标题换成“关于增设信号灯的建议”', [{ field: 'title', value: '关于增设信号灯的建议' }]],
    ['电话写错了，是13912345678', [{ field: 'phone', value: '13912345678' }]],
    ['电话号码应该是139 1234 5678', [{ field: 'phone', value: '139 1234 5678' }]],
    ['名字写错了 应该是徐莉', [{ field: 'name', value: '徐莉' }]],
    ['不好意思，姓名应该是王建华', [{ field: 'name', value: '王建华' }]],
    ['界别改为九三学社', [{ field: 'sector', value: '九三学社' }]],
    ['类别改成教育', [{ field: 'category', value: '教育文化' }]],
    ['麻烦把类别改为城乡建设', [{ field: 'category', value: '城乡建设' }]],
    ['还是匿名吧', [{ field: 'signed', value: false }]],
    ['不署名了', [{ field: 'signed', value: false }]],
    ['可以署名', [{ field: 'signed', value: true }]],
    ['署名改成不同意', [{ field: 'signed', value: false }]],
    ['建议里再加一条：上下学时段安排交警值守。', [{ field: 'suggestion', value: '上下学时段安排交警值守。', append: true }]],
    ['再补充一条建议：增设减速带', [{ field: 'suggestion', value: '增设减速带', append: true }]],
    ['电话写错了', [{ field: 'phone', value: null }]],
    ['电话是13912345678', [{ field: 'phone', value: '13912345678' }]],
    [
      '标题改成关于增设信号灯的建议，电话改成13912345678',
      [
        { field: 'title', value: '关于增设信号灯的建议' },
        { field: 'phone', value: '13912345678' },
      ],
    ],
    ['電話改為１３９１２３４５６７８', [{ field: 'phone', value: '13912345678' }]],
  ])('%s', (text, corrections) => {
    expect(readCorrection(text)).toEqual(corrections);
  });

  it.each([
    ['姓错了，是三点水的汪', '汪建明'],
    ['姓写错了 应该是耳东陈', '陈建明'],
    ['我的姓打错了，是“萧”不是“肖”', '萧建明'],
    ['名字写错了，是立早章，不是弓长张', '章建明'],
    ['名字错了 是王建民不是王建明', '王建民'],
    ['名字写错了，是建民，建设的建，王建民', '王建民'],
    ['我的姓是口天吴，不是队伍的伍', '吴建明'],
  ])('a name corrected by how it is written: %s', (text, name) => {
    expect(readCorrection(text, undefined, { name: '王建明' })).toEqual([{ field: 'name', value: name }]);
  });

  it.each([
    ['想了一下，名字还是不要放了，就写市政协委员反映', false],
    ['算了，还是写上我的名字吧，没什么好怕的', true],
  ])('consent changed in a few clauses: %s', (text, signed) => {
    expect(readCorrection(text)).toEqual([{ field: 'signed', value: signed }]);
  });

  it.each(['标题不错', '好的', '确认提交', '电话是多少？', '城南路口的红绿灯建议改为智能信号灯', '社情民意怎么查进度'])('not a correction: %s', (text) => {
    expect(readCorrection(text)).toBeNull();
  });
});
