import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { DocumentReadError, SUPPORTED_EXTENSIONS, UnsupportedDocumentError, loadDocumentText } from '../src/knowledge/loaders/index.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'loader-')), name);
  writeFileSync(file, content);
  return file;
}

describe('loading documents', () => {
  it('lists the supported extensions', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(['.docx', '.md', '.pdf', '.txt']);
  });

  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const file = tempFile('2024-某市政协工作报告.txt', '\ufeff全年立案提案261件。\n其中民生类97件。');
    expect(await loadDocumentText(file)).toBe('全年立案提案261件。\n其中民生类97件。');
  });

  it('strips Markdown syntax but keeps heading lines', async () => {
    const markdown = ['# 办法', '', '## 一、总则', '', '**第一条** 见[说明](http://example.com)和`附件`。', '- 列表项', '> 引用', '', '---', '| 类别 | 说明 |', '| --- | --- |', '| 民生 | 就业 |'].join('\n');
    const text = await loadDocumentText(tempFile('办法.md', markdown));
    expect(text.split('\n').filter(Boolean)).toEqual(['# 办法', '## 一、总则', '第一条 见说明和附件。', '列表项', '引用', '类别 说明', '民生 就业']);
    const setext = await loadDocumentText(tempFile('说明.md', '使用说明\r\n====\r\n\r\n一、总则\r\n----\r\n正文。'));
    expect(setext.split('\n').filter(Boolean)).toEqual(['# 使用说明', '## 一、总则', '正文。']);
  });

  it('reads the paragraphs of a Word document', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ text: '一、总体情况', heading: HeadingLevel.HEADING_1 }), new Paragraph('全年开展专题调研12次。')] }],
    });
    const text = await loadDocumentText(tempFile('报告.docx', await Packer.toBuffer(doc)));
    expect(text.split('\n').filter(Boolean)).toEqual(['一、总体情况', '全年开展专题调研12次。']);
  });

  it('reads the text of a PDF', async () => {
    const text = await loadDocumentText(path.join(FIXTURES, 'sample.pdf'));
    expect(text).toContain('Sample committee report');
    expect(text).toContain('In 2024 the committee received 1021 items.');
  });

  it('rejects an unsupported file type', async () => {
    await expect(loadDocumentText(tempFile('表格.xlsx', 'x'))).rejects.toBeInstanceOf(UnsupportedDocumentError);
    await expect(loadDocumentText(tempFile('无扩展名', 'x'))).rejects.toBeInstanceOf(UnsupportedDocumentError);
  });

  it('reports a corrupt or unreadable file by name', async () => {
    for (const file of [
      tempFile('坏文件.docx', Buffer.from('this is not a zip archive')),
      tempFile('坏文件.pdf', Buffer.from('%PDF-1.4 broken')),
      tempFile('乱码.txt', Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff])),
      path.join(tmpdir(), 'does-not-exist-报告.txt'),
    ]) {
      const error = await loadDocumentText(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DocumentReadError);
      expect((error as DocumentReadError).message).toContain(path.basename(file));
      expect((error as DocumentReadError).file).toBe(file);
    }
  });
});
