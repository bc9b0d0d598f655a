import { writeFile } from 'node:fs/promises';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { PHONE_WITHHELD, type Opinion } from '../types.ts';
import { paragraphsOf, splitSituation } from './body.ts';
import { formatChinaDateTime } from '../../china-time.ts';

/**
 * The usual 社情民意信息 layout, one submission per page: title (bold, centred), 反映人 line,
 * number / category / time, then 基本情况, 存在问题, 意见建议, and the contact line for staff.
 * Sizes follow official documents: title 二号 (22pt), body 三号 (16pt) 仿宋, 2-character indent.
 */

const TITLE_SIZE = 44; // half-points
const BODY_SIZE = 32;
const INDENT = 640; // twips: two 16pt characters
const BODY_FONT = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const HEADING_FONT = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const CHINESE_NUMERALS = ['一', '二', '三', '四'];

/**
 * This document is what staff edit and forward. When the member did not agree to sign, nothing
 * that identifies them goes in it: no name, no 界别 (a sector may have a handful of members, so
 * with the content it points to one person) and no phone. Staff find the member in the xlsx/csv
 * table by the number.
 */
function reporterLine(opinion: Opinion): string {
  const { name, sector, signed } = opinion.fields;
  if (!signed) return '反映人：（不署名）';
  return sector ? `反映人：${name}（${sector}）` : `反映人：${name}`;
}

function line(text: string, options: { bold?: boolean; indent?: boolean; font?: typeof BODY_FONT } = {}): Paragraph {
  return new Paragraph({
    indent: options.indent ? { firstLine: INDENT } : undefined,
    spacing: { line: 560 }, // 28pt, the fixed line pitch of official documents
    children: [new TextRun({ text, bold: options.bold, font: options.font ?? BODY_FONT, size: BODY_SIZE })],
  });
}

function section(index: number, heading: string, paragraphs: string[]): Paragraph[] {
  return [
    line(`${CHINESE_NUMERALS[index] ?? String(index + 1)}、${heading}`, { indent: true, font: HEADING_FONT }),
    ...paragraphs.map((text) => line(text, { indent: true })),
  ];
}

function opinionParagraphs(opinion: Opinion, newPage: boolean): Paragraph[] {
  const { fields } = opinion;
  const { basic, problems } = splitSituation(fields.situation);
  const sections: [string, string[]][] = [['基本情况', basic]];
  if (problems.length) sections.push(['存在问题', problems]);
  sections.push(['意见建议', paragraphsOf(fields.suggestion)]);

  const contact = fields.signed && fields.phone && fields.phone !== PHONE_WITHHELD ? [line(`联系电话：${fields.phone}（供内部联系，报送前删除）`)] : [];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: newPage,
      spacing: { after: 240 },
      children: [new TextRun({ text: fields.title, bold: true, font: TITLE_FONT, size: TITLE_SIZE })],
    }),
    line(reporterLine(opinion)),
    line(`编号：${opinion.number}　类别：${fields.category}　提交时间：${formatChinaDateTime(opinion.createdAt)}`),
    ...sections.flatMap(([heading, paragraphs], i) => section(i, heading, paragraphs)),
    ...contact,
  ];
}

export function buildDocx(opinions: readonly Opinion[]): Document {
  return new Document({
    creator: '政协委员履职助手',
    title: '社情民意信息',
    sections: [
      {
        properties: {
          // A4 with the margins of official documents (37mm top, 35mm bottom, 28mm left, 26mm right).
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } },
        },
        children: opinions.flatMap((opinion, i) => opinionParagraphs(opinion, i > 0)),
      },
    ],
  });
}

export async function writeDocx(opinions: readonly Opinion[], file: string): Promise<void> {
  await writeFile(file, await Packer.toBuffer(buildDocx(opinions)));
}
