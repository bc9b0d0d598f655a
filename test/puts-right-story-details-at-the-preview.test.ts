import { describe, expect, it } from 'vitest';
import { readPreviewEdit } from '../src/opinions/dialog/preview-edits.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';

const draft = {
  title: '关于整治菜市场周边占道经营的建议',
  situation: '东门菜市场外面的人行道被摊位占满，早上乱哄哄的。网格员王大姐（电话15907181234）说管了好几次，附近有二十多家摊贩，每个摊位还要交管理费300元。',
  suggestion: '建议城管划定临时摊区，早市限时经营。另外请街道给摊贩统一配遮阳棚',
  phone: '13507190001',
};

describe('details of the story put right at the preview in everyday words', () => {
  it('rewords a quoted phrase after a remark on it', () => {
    expect(readPreviewEdit(draft, '“乱哄哄的”不太正式，换成“秩序混乱”')?.situation).toContain('早上秩序混乱。');
  });

  it('puts right the surname of a person in the story, said by how it is written', () => {
    const edited = readPreviewEdit(draft, '是汪大姐，三点水的汪，不是王');
    expect(edited?.situation).toContain('网格员汪大姐');
    expect(edited?.situation).not.toContain('王大姐');
  });

  it('changes a figure named only by its measure word', () => {
    expect(readPreviewEdit(draft, '摊贩的数字写少了，有三十多家')?.situation).toContain('附近有三十多家摊贩');
    expect(readPreviewEdit(draft, '管理费写错了，应该是350元')?.situation).toContain('管理费350元');
  });

  it('takes somebody else’s number out of the story and keeps what they said', () => {
    const edited = readPreviewEdit(draft, '网格员的手机号别写了，她不愿意公开');
    expect(edited?.situation).toContain('网格员王大姐说管了好几次');
    expect(edited?.situation).not.toContain('15907181234');
  });

  it('takes the new number when the old one is said beside it', () => {
    expect(readPreviewEdit(draft, '13507190001这个号我不用了，以后打18607195678吧')?.phone).toBe('18607195678');
  });

  it('drops the last sentence named by what it says', () => {
    const edited = readPreviewEdit(draft, '建议最后那句遮阳棚的删了吧');
    expect(edited?.suggestion).not.toContain('遮阳棚');
    expect(edited?.suggestion).toContain('早市限时经营');
  });

  it('adds a sentence to the part named with 那里', () => {
    expect(readCorrection('情况那里补一句，周末人更多', undefined, draft)).toEqual([{ field: 'situation', value: '周末人更多', append: true }]);
  });
});
