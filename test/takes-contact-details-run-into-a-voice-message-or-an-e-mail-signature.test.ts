import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('a signature run into the last sentence of a voice message', () => {
  it('takes the sector, its branch and the name said straight before the phone', () => {
    const read = extractContact('建议环卫所晚上加派人手清运九三学社城区支社的方丽华电话一三九七一八二六五零三同意署名');
    expect(read).toMatchObject({ name: '方丽华', sector: '九三学社', phone: '13971826503', signed: true });
    expect(read.rest).toBe('建议环卫所晚上加派人手清运');
  });

  it('takes the name said after the phone with its surname first', () => {
    const read = extractContact('建议把路灯修好电话13886810011我姓蔺蔺爱华民进同意署名');
    expect(read).toMatchObject({ name: '蔺爱华', sector: '民进', phone: '13886810011' });
    expect(read.rest).toBe('建议把路灯修好');
  });

  it('drops how to reach the member, said before the number', () => {
    expect(extractContact('建议尽快清理。我是农工党的郝玉梅联系我就打8615971820066').rest).toBe('建议尽快清理。');
  });

  it('reads 幺 beside written digits as one, and drops a WeChat ID offered to search', () => {
    expect(extractContact('手机：幺5871930000').phone).toBe('15871930000');
    expect(extractContact('我是侨联的包蕾，电话18908650000，微信号也可以搜 baolei0719').rest).toBe('');
  });

  it('reads the circle the member names as their sector', () => {
    expect(extractContact('我叫温建 我们界是经济界的 电话号码是18972830001')).toMatchObject({ name: '温建', sector: '经济' });
  });
});

describe('numbers in the story that are someone else’s', () => {
  it('keeps a landlord’s and a police station’s number, and takes the member’s own', () => {
    const read = extractContact('房东姓刘，电话13972830011，收了房租就失联了。附近派出所电话0719-8220000也打过。我是民革的段红，手机13545900011。');
    expect(read.phone).toBe('13545900011');
    expect(read.rest).toContain('13972830011');
    expect(read.rest).toContain('0719-8220000');
  });
});

describe('an e-mail signature pasted under the report', () => {
  it('reads the seat as the sector and leaves the company, the job and the address out', () => {
    const fields = extractFields('城区夜间公交班次太少，九点以后基本打不到车。\n建议公交集团开通两条夜班线路。\n\nBest regards,\n孟凡\n十堰东风物流有限公司 副总经理\n市工商联常委\nM: +86 139-0719-0011\n单位地址：十堰市茅箭区人民路1号');
    expect(fields).toMatchObject({ name: '孟凡', sector: '工商联', phone: '139-0719-0011' });
    expect(`${fields.situation}${fields.suggestion}`).not.toMatch(/Best|物流|人民路|常委/u);
  });

  it('reads no sector from a seat on the committee itself', () => {
    const fields = extractFields('城区夜间公交太少。\n建议开通夜班线路。\n\nBest regards,\n孟凡\n市政协委员\nM: 13907190011');
    expect(fields).toMatchObject({ name: '孟凡', phone: '13907190011' });
    expect(fields.sector).toBeUndefined();
    expect(`${fields.situation}${fields.suggestion}`).not.toContain('Best');
  });

  it('leaves out an address among the contact lines under the text', () => {
    const fields = extractFields('关于老街增设公厕的建议\n\n老街一公里只有一座公厕。\n\n建议城管局再建两座。\n\n联系人：甘霖\n联系电话：18772890000\n单位地址：郧阳区城关镇人民路2号');
    expect(`${fields.situation}${fields.suggestion}`).not.toContain('人民路2号');
  });
});
