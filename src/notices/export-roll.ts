import ExcelJS from 'exceljs';
import { defuseFormula } from '../shared/safe-cell.ts';
import { formatChinaDateTime as chinaTime } from '../china-time.ts';
import type { Delivery, NoticeRoll } from './types.ts';

const STATE: Record<Delivery['state'], string> = { sent: '已送达', failed: '失败', pending: '发送中' };
const KIND: Record<Delivery['kind'], string> = { notice: '通知', reminder: '提醒', change: '变更', cancel: '取消' };

/** The roll as a workbook: 回执 (every recipient, answered or not) and 送达 (every delivery and its outcome). */
export async function writeRollXlsx(roll: NoticeRoll, deliveries: Delivery[], file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = '政协委员履职助手';
  const replies = book.addWorksheet('回执', { views: [{ state: 'frozen', ySplit: 1 }] });
  replies.columns = [
    { header: '姓名', key: 'name', width: 12 },
    { header: '回复', key: 'answer', width: 8 },
    { header: '原因', key: 'reason', width: 30 },
    { header: '回复时间', key: 'at', width: 18 },
  ];
  for (const r of [...roll.attending, ...roll.excused]) {
    replies.addRow({ name: defuseFormula(r.name), answer: r.answer, reason: defuseFormula(r.reason), at: chinaTime(r.at) });
  }
  for (const r of roll.unanswered) replies.addRow({ name: defuseFormula(r.name), answer: '未回复', reason: '', at: '' });
  replies.getRow(1).font = { bold: true };

  const sent = book.addWorksheet('送达', { views: [{ state: 'frozen', ySplit: 1 }] });
  sent.columns = [
    { header: '对象', key: 'name', width: 16 },
    { header: '渠道', key: 'channel', width: 10 },
    { header: '类型', key: 'kind', width: 8 },
    { header: '状态', key: 'state', width: 8 },
    { header: '原因', key: 'error', width: 30 },
  ];
  for (const d of deliveries) {
    sent.addRow({ name: defuseFormula(d.name), channel: d.to?.channel ?? '', kind: KIND[d.kind], state: STATE[d.state], error: defuseFormula(d.error) });
  }
  sent.getRow(1).font = { bold: true };
  await book.xlsx.writeFile(file);
}
