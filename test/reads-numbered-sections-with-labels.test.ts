import { describe, expect, it } from 'vitest';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('a report written as numbered sections, each with its label', () => {
  const read = extractFields(
    '反映个情况\n一、反映的问题：老城区菜场后面的公厕一直锁着门，赶集的老人没处方便。\n二、原因：保洁外包合同到期没续，没人管钥匙。\n三、建议：街道尽快续签保洁合同，先安排专人每天开门。\n四、本人：葛秀英，农工党，13907165432，同意署名',
  );

  it('keeps every section of the problem in the story', () => {
    expect(read.situation).toContain('公厕一直锁着门');
    expect(read.situation).toContain('保洁外包合同到期没续');
  });

  it('reads the signing section for the contact fields, out of the suggestion', () => {
    expect(read.suggestion).toBe('街道尽快续签保洁合同，先安排专人每天开门。');
    expect(read).toMatchObject({ name: '葛秀英', sector: '农工党', phone: '13907165432', signed: true });
  });
});
