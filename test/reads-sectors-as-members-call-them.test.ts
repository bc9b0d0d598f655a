import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { readSector } from '../src/opinions/intake/sectors.ts';

/** Sectors said the way members say them: by their line of work (教育口), in dialect (嘞), misheard (致公当). */
describe('a sector as members call it', () => {
  it.each([
    ['俺是民建嘞 叫马国强 电话138-3746-5521', '民建'],
    ['我是致公当的 名字叫钱海波', '致公党'],
    ['我是工商界的', '工商联'],
  ])('reads "%s" as %s, with nothing of it left over', (text, sector) => {
    const found = extractContact(text);
    expect(found.sector).toBe(sector);
    expect(found.rest).not.toMatch(/嘞|口|当的|工商界/u);
  });
});

describe('a line of work said with 口', () => {
  it.each([
    ['教育口', '教育'],
    ['医卫口的', '医药卫生'],
  ])('answers the sector question "%s" as %s', (text, sector) => {
    expect(readSector(text)).toBe(sector);
  });
});

describe('who the member is, said around the name and sector', () => {
  it('takes the name after how its surname is written, not the word that spells it', () => {
    expect(extractContact('搞错了 不是木子李 是姓黎 黎明的黎 黎淑珍').name).toBe('黎淑珍');
  });

  it('leaves a run-on introduction closing the story out of it', () => {
    const found = extractContact('政府给予一定的运营补贴我是经济界的电话13407198825我叫高志伟同意署名');
    expect(found).toMatchObject({ name: '高志伟', sector: '经济', phone: '13407198825', rest: '政府给予一定的运营补贴' });
  });
});
