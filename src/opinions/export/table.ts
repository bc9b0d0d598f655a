import type { Opinion } from '../types.ts';

/** The staff table shared by the xlsx and csv exports: one row per submission, Chinese headers. */

export type CellValue = string | Date;

export interface TableColumn {
  header: string;
  /** Width in characters for the spreadsheet. */
  width: number;
  value(opinion: Opinion): CellValue;
}

export const TABLE_COLUMNS: readonly TableColumn[] = [
  { header: '编号', width: 16, value: (o) => o.number },
  { header: '状态', width: 12, value: (o) => o.status },
  { header: '状态说明', width: 24, value: (o) => o.statusNote },
  { header: '类别', width: 10, value: (o) => o.fields.category },
  { header: '标题', width: 30, value: (o) => o.fields.title },
  { header: '情况与问题', width: 60, value: (o) => o.fields.situation },
  { header: '意见建议', width: 60, value: (o) => o.fields.suggestion },
  // The staff table is internal: it keeps the name even when the member declined to sign.
  { header: '反映人', width: 10, value: (o) => o.fields.name },
  { header: '界别', width: 12, value: (o) => o.fields.sector },
  { header: '联系电话', width: 15, value: (o) => o.fields.phone },
  { header: '同意署名', width: 9, value: (o) => (o.fields.signed ? '是' : '否') },
  { header: '提交时间', width: 17, value: (o) => o.createdAt },
  { header: '更新时间', width: 17, value: (o) => o.updatedAt },
  { header: '委员ID', width: 22, value: (o) => o.memberId },
  { header: '渠道', width: 10, value: (o) => o.channel },
];

