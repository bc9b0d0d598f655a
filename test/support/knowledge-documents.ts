import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

/** The file name of the report yichangReport() builds: the year of work, then the committee. */
export const YICHANG_REPORT = '2025-宜昌市政协常委会工作报告.docx';

/** A question only that report answers (no shipped document is about 宜昌), and the figure. */
export const YICHANG_QUESTION = '宜昌市政协2025年共收到多少件提案？';
export const YICHANG_FIGURE = '612';

/** A short 常委会工作报告 of a committee the shipped knowledge base does not hold, as a Word file. */
export async function yichangReport(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '政协宜昌市第六届委员会常务委员会工作报告', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '一、2025年工作回顾', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('2025年，宜昌市政协全年共收到提案612件，经审查立案538件，立案提案已全部办复。'),
          new Paragraph('全年报送社情民意信息215篇，被省政协采用34篇。'),
          new Paragraph('组织委员围绕长江大保护开展专题调研18次，形成调研报告15篇。'),
          new Paragraph({ text: '二、2026年工作安排', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('2026年，市政协将继续围绕中心、服务大局，提高提案办理质量。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
