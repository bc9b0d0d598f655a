import ExcelJS from 'exceljs';
import { formatChinaDateTime } from '../china-time.ts';
import { defuseFormula } from '../shared/safe-cell.ts';
import { ADOPTED_STATUSES, type MeetingTally, type OpinionTally, type YearTable } from './types.ts';

/**
 * The year table as a workbook staff open in Excel or WPS: one row per member, a 合计 row, and a
 * note on how each column is counted. exceljs is imported by this module only, so callers load it
 * when they export.
 */

const COLUMNS: { header: string; key: string; width: number }[] = [
  { header: '编号', key: 'id', width: 8 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '界别', key: 'sector', width: 12 },
  { header: '专委会', key: 'committee', width: 12 },
  { header: '会议通知', key: 'notified', width: 10 },
  { header: '参加', key: 'attended', width: 8 },
  { header: '请假', key: 'excused', width: 8 },
  { header: '未回复', key: 'noReply', width: 8 },
  { header: '待回复', key: 'awaitingReply', width: 8 },
  { header: '送达失败', key: 'deliveryFailed', width: 10 },
  { header: '未绑定无法送达', key: 'unreachable', width: 14 },
  { header: '社情民意提交', key: 'submitted', width: 12 },
  { header: '社情民意采用', key: 'adopted', width: 12 },
];

const counts = (meetings: MeetingTally, opinions: OpinionTally) => ({ ...meetings, submitted: opinions.submitted, adopted: opinions.adopted });

function workbook(table: YearTable): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '政协委员履职助手';
  const sheet = book.addWorksheet(`${table.year}年履职档案`, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = COLUMNS;
  for (const row of table.rows) {
    // Names and groups come from the imported registry: defused like any text from outside.
    sheet.addRow({ id: row.memberId, name: defuseFormula(row.name), sector: defuseFormula(row.sector), committee: defuseFormula(row.committee), ...counts(row.meetings, row.opinions) });
  }
  const total = sheet.addRow({ id: '合计', ...counts(table.totals.meetings, table.totals.opinions) });
  total.font = { bold: true };
  sheet.getRow(1).font = { bold: true };

  const notes = book.addWorksheet('说明');
  notes.columns = [{ header: '说明', key: 'text', width: 100 }];
  for (const text of [
    `${table.year}年（北京时间）委员履职档案，统计时间 ${formatChinaDateTime(table.asOf)}。`,
    '会议通知：当年发出（不含已取消）且发给该委员的会议通知；参加、请假按委员的回执计。',
    '未回复：要求回执且已过回执截止时间仍未回复；待回复：回执截止时间未到、尚未回复。',
    '送达失败：通知消息发送失败；未绑定无法送达：发通知时该委员没有绑定聊天账号。',
    `社情民意：当年提交的条数；采用：其中当前状态为 ${ADOPTED_STATUSES.join('、')} 的条数。`,
  ]) notes.addRow({ text });
  notes.getRow(1).font = { bold: true };
  return book;
}

export async function writeYearTableXlsx(table: YearTable, file: string): Promise<void> {
  await workbook(table).xlsx.writeFile(file);
}

/** The same workbook in memory, for a download. */
export async function yearTableXlsx(table: YearTable): Promise<Buffer> {
  return Buffer.from(await workbook(table).xlsx.writeBuffer());
}
