import { describe, expect, it } from 'vitest';
import { storyDetailPutRight } from '../src/opinions/dialog/story-details-put-right.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';

const draft = {
  situation: '犟河东风大道桥下游那一段，大概有五六百米。我们科统计过上个月重复检查的有60多人次。退役军人优代证不管用。我们住在西城开发区的碧桂园那边。',
  suggestion: '建议环保局查一下排口',
};

describe('words of the story put right in the member’s own phrasing', () => {
  it.each<[string, string, string]>([
    ['是六七百米 不是五六百米', '六七百米', '五六百米'],
    ['上个月重复检查是70多人次 我记错了', '70多人次', '60多人次'],
    ['优代证写错了，是优待证', '优待证', '优代证'],
    ['小区名字别写碧桂园了 写西城开发区新建小区就行', '西城开发区新建小区', '碧桂园'],
  ])('%s', (said, now, gone) => {
    const put = storyDetailPutRight(draft, said);
    expect(put?.situation).toContain(now);
    expect(put?.situation).not.toContain(gone);
  });

  it('puts right the figure of a thing named, not the thing', () => {
    expect(storyDetailPutRight({ situation: '每户要先交评估担保费18300元' }, '担保费写错了，应该是13800元')?.situation).toBe('每户要先交评估担保费13800元');
  });
});

describe('a field given with 写', () => {
  it('reads 界别写教育界吧 as the sector', () => {
    expect(readCorrection('界别写教育界吧，我是教育界别的委员，民进是我的党派')).toEqual([{ field: 'sector', value: '教育' }]);
  });

  it('does not read 名字写不写都行 as a name', () => {
    expect(readCorrection('名字写不写都行吧，要不就别写了')?.some((c) => c.field === 'name') ?? false).toBe(false);
  });
});

describe('words put right with what stands around them, and two things swapped', () => {
  const story = { situation: '施工方是城建三公司。雄楚大道和珞喻路交叉口的下穿通道都积水。末班车晚上10点就停了。李家村楼道里有不少电动车在充电，王家湾一栋楼隔成了40多个单间。贷款年利率2%左右，再加上8%的担保费。' };
  it.each<[string, string]>([
    ['施工方写错了 是城建二公司 不是三公司。可以署名', '施工方是城建二公司'],
    ['位置写错了，是雄楚大道和珞狮路交叉口，不是珞喻路', '雄楚大道和珞狮路交叉口的下穿通道'],
    ['末班车是晚上9点，不是10点，我记错了', '末班车晚上9点就停了'],
    ['两个村说反了：隔成40多个单间的是李家村，楼道里充电的是王家湾', '李家村一栋楼隔成了40多个单间'],
    ['利率跟担保费说反了，利率是8%左右，担保费是2%', '贷款年利率8%左右，再加上2%的担保费'],
  ])('%s', (said, now) => {
    expect(storyDetailPutRight(story, said)?.situation).toContain(now);
  });
});

describe('a unit renamed', () => {
  it('replaces the old name, with the words it shares', () => {
    const put = storyDetailPutRight({ situation: '花山卫生院的儿童预防接种门诊只在周二开' }, '接种点现在叫花山社区卫生服务中心了，不叫卫生院，改一下');
    expect(put?.situation).toBe('花山社区卫生服务中心的儿童预防接种门诊只在周二开');
  });
});

describe('two things swapped, told anew', () => {
  it('exchanges the two whose order the member turned', () => {
    const story = { situation: '我们片区两所小学，实验二小有延时课后服务到六点，育才小学只到四点半就放了' };
    expect(storyDetailPutRight(story, '啊我说反了 是育才小学到六点 实验二小只到四点半')?.situation).toBe('我们片区两所小学，育才小学有延时课后服务到六点，实验二小只到四点半就放了');
  });
});
