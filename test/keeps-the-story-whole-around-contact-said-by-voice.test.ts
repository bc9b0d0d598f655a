import { describe, expect, it } from 'vitest';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('contact details run into a voice report', () => {
  it('keeps the phone the children play with in the story, and takes the member\'s own number out', () => {
    const fields = extractFields(
      '我想反映一下我们镇上的留守儿童问题我是妇联的胡春燕我们镇有八百多个留守儿童好多是爷爷奶奶带的放学以后没人辅导作业天天在外面玩手机我电话是13707196654建议团委和妇联一起在每个村建个儿童之家请大学生志愿者暑假来辅导',
    );
    expect(fields.situation).toContain('天天在外面玩手机');
    expect(fields.situation).not.toContain('13707196654');
    expect(fields).toMatchObject({ name: '胡春燕', sector: '妇联', phone: '13707196654' });
  });

  it('reads 写上俺名儿中 at the end as consent to be named', () => {
    const fields = extractFields('俺是民盟的孙保国 俺们县城东关那个农贸市场 一下雨就积水 建议住建部门把市场排水沟重新修一修 电话15837190264 写上俺名儿中');
    expect(fields.signed).toBe(true);
    expect(fields.suggestion).not.toContain('写上俺名儿');
  });
});
