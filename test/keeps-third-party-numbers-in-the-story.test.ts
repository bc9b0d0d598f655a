import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('numbers of somebody else the member names in the story', () => {
  it('keeps a number in brackets with the person’s name after their post', () => {
    const read = extractContact('村里的王会计（王德明，电话13872201234）说补贴一直没发下来');
    expect(read.phone).toBeUndefined();
    expect(read.rest).toContain('13872201234');
  });

  it('keeps a number inside quoted words of a resident, whatever 我 says there', () => {
    const read = extractContact('居民给我发的原话：“委员您好，我家楼下的化粪池又冒了，我手机13972205678，随时可以来看。”');
    expect(read.phone).toBeUndefined();
    expect(read.rest).toContain('13972205678');
  });

  it('keeps the contact at the place with the story, not as the reporter', () => {
    const read = extractFields('城东社区的日间照料中心建好一年没开门，老人没处去。\n对接联系人：社区书记 周红梅 13607181234\n建议：民政局尽快委托第三方运营。');
    expect(read.name).toBeUndefined();
    expect(read.phone).toBeUndefined();
    expect(read.situation).toContain('周红梅 13607181234');
  });
});
