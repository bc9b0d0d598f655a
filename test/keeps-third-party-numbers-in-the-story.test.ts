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

describe('numbers of places and people the member dealt with', () => {
  it.each([
    ['a number someone left the member', '找过物业经理 他留了个手机13987651234 打过去总说在研究'],
    ['a body’s line the member called', '我打区住建局的投诉电话0719-8123000问过，说不归他们管'],
    ['a body to ask for more', '详细情况可以找街道城管科 0719-8456789 了解'],
  ])('keeps %s in the story', (_, text) => {
    const read = extractContact(text);
    expect(read.phone).toBeUndefined();
    expect(read.rest).toMatch(/\d{7,}/u);
  });

  it('still takes the member’s own number offered for more', () => {
    expect(extractContact('路灯坏了半年 有事可以找我 电话13812345678 了解情况').phone).toBe('13812345678');
  });
});
