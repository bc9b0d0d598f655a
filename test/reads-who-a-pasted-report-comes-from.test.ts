import { describe, expect, it } from 'vitest';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';

const story = '城区老旧小区加装电梯审批要跑五个部门，前后拖了八个月。\n建议住建部门牵头实行一窗受理。';

describe('the party body a pasted report comes from', () => {
  it('reads the sector from a 报送单位 line naming a party’s branch, and leaves the line out of the text', () => {
    const fields = extractFields(`社情民意信息\n报送单位：民盟市委会文化支部\n${story}`);
    expect(fields.sector).toBe('民盟');
    expect(`${fields.situation}${fields.suggestion}`).not.toContain('报送');
  });

  it('takes no sector from an office’s stamp', () => {
    expect(extractFields(`${story}\n报送单位：市政协办公室`).sector).toBeUndefined();
  });

  it('reads the branch written under the title as the body it comes from', () => {
    const fields = extractFields(`关于简化老旧小区加装电梯审批的建议\n九三学社市委会 城建支社\n${story}`);
    expect(fields).toMatchObject({ title: '关于简化老旧小区加装电梯审批的建议', sector: '九三学社' });
    expect(fields.situation).not.toContain('支社');
  });
});

describe('slips in the contact line and in a correction', () => {
  it('reads 署明 as 署名', () => {
    expect(extractFields('张华 民盟 13900001111 同意署明')).toMatchObject({ name: '张华', sector: '民盟', phone: '13900001111', signed: true });
  });

  it('puts one character of the name right when the right one is said first', () => {
    expect(readCorrection('名字打错了，是英雄的英不是晶莹的莹', undefined, { name: '王晓莹' })).toEqual([{ field: 'name', value: '王晓英' }]);
  });
});
