import { describe, expect, it } from 'vitest';
import { withSeveralChanges } from '../src/opinions/dialog/preview-changes.ts';

const draft = {
  title: '关于城市无障碍设施的建议',
  situation: '医生收入低是主要原因。学校门口小卖部卖三无食品，上周有3个孩子拉肚子。',
  suggestion: '1. 市场监管局专项检查；2. 学校加强食品安全教育；3. 取缔所有校门口小卖部',
};

describe('several changes said at the preview in one message', () => {
  it('makes each in turn', () => {
    const next = withSeveralChanges(draft, '第3条删了吧 太绝对了。还有拉肚子的是4个孩子不是3个');
    expect(next?.suggestion).not.toContain('取缔所有校门口小卖部');
    expect(next?.situation).toContain('4个孩子');
  });

  it('takes a sentence out and adds a measure', () => {
    const next = withSeveralChanges(draft, '“医生收入低是主要原因”这句删掉，没有依据。建议再加一条：推广互联网医院儿科夜间线上问诊');
    expect(next?.situation).not.toContain('医生收入低');
    expect(next?.suggestion).toContain('推广互联网医院儿科夜间线上问诊');
  });

  it('leaves a single change to the usual reading', () => {
    expect(withSeveralChanges(draft, '第3条删了吧，太绝对了')).toBeNull();
  });
});
