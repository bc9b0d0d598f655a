import { describe, expect, it } from 'vitest';
import { describeDocument } from '../src/knowledge/metadata.ts';

describe('describing a document', () => {
  it.each([
    ['reports/2024-武汉市政协常委会工作报告.txt', '武汉市政协常委会工作报告', '武汉市政协', '武汉', 2024],
    ['reports/2023-十堰市政协常委会工作报告解读.txt', '十堰市政协常委会工作报告解读', '十堰市政协', '十堰', 2023],
    ['reports/2024-许昌市政协常委会履职综述.txt', '许昌市政协常委会履职综述', '许昌市政协', '许昌', 2024],
    ['reports/2024-常熟市政协常委会工作报告摘要.txt', '常熟市政协常委会工作报告摘要', '常熟市政协', '常熟', 2024],
    ['reports/2023-廊坊市政协常委会工作报告摘要.txt', '廊坊市政协常委会工作报告摘要', '廊坊市政协', '廊坊', 2023],
  ])('reads %s from its file name', (relPath, title, organization, city, year) => {
    expect(describeDocument(relPath, '')).toEqual({ id: relPath, title, organization, city, year, kind: 'report' });
  });

  it('falls back to the formal committee name in the text', () => {
    const meta = describeDocument('reports/工作报告解读.txt', '会议现场,政协十堰市第六届委员会常务委员会工作报告吸引了广泛关注。');
    expect(meta).toMatchObject({ title: '工作报告解读', organization: '十堰市政协', city: '十堰' });
    expect(meta.year).toBeUndefined();
    expect(describeDocument('a/b.txt', '中国人民政治协商会议廊坊市第八届委员会').organization).toBe('廊坊市政协');
    expect(describeDocument('a/b.txt', '常熟市政协2024年工作回顾\n正文。').city).toBe('常熟');
  });

  it('leaves out what cannot be told, and does not take another committee named in the body', () => {
    const meta = describeDocument('rules/履职助手使用说明.md', '# 使用说明\n示例知识库收录了五个市政协的报告,例如问“十堰市政协去年立案了多少件提案？”');
    expect(meta).toEqual({ id: 'rules/履职助手使用说明.md', title: '履职助手使用说明', kind: 'rule' });
  });

  it('takes the kind from the folder unless it is given', () => {
    expect(describeDocument('rules/2024-某市政协提案工作条例.docx', '').kind).toBe('rule');
    expect(describeDocument('reports/2024-武汉市政协常委会工作报告.txt', '', 'rule').kind).toBe('rule');
  });
});
