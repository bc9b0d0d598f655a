import path from 'node:path';
import { NoticeFileError, parseNoticeFile } from '../notices/front-matter.ts';
import { NoticeStoreError } from '../notices/notice-store.ts';
import { renderNotice, renderRoll } from '../notices/render.ts';
import { describeFieldChanges } from '../notices/field-changes.ts';
import { describeTargets } from '../notices/targets-text.ts';
import { InputFileError, readInputText } from '../shared/input-file.ts';
import { OutputFileError, writeFileAtomically } from '../shared/output-file.ts';
import { openStorage } from '../storage/open-store.ts';
import { recordChange, signedBy } from './audit.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';
import { actor, noticeId, noticesContext, type NoticesContext } from './notices/context.ts';
import { noticeJson, rollJson } from './notices/roll-json.ts';
import { processIo, type OpinionsIo } from './opinions/io.ts';

export const NOTICES_USAGE = `liaison notices 子命令：
  create --file 通知.md [--by 操作人]      新建通知（字段块 + 正文，见 README），打印编号和预览
  send 编号 [--by 操作人]                  发送（按对象解析收件人，排入发送队列，由运行中的机器人发出）
  list [--json]                           列出通知
  show 编号 [--json]                       查看一条通知
  status 编号 [--json]                     回执情况：参加、请假、未回复及送达统计
  export 编号 [--out 路径]                 导出回执与送达记录（xlsx）
  change 编号 --file 通知.md [--by 操作人]  修改并告知已收到的委员
  cancel 编号 [--by 操作人]                取消并告知已收到的委员`;

type Sub = (n: NoticesContext, args: string[]) => Promise<number>;

const options = { json: { type: 'boolean', default: false }, by: { type: 'string' }, file: { type: 'string' }, out: { type: 'string' } } as const;

function parse(args: string[]) {
  const { values, positionals } = parseCommandArgs(args, options);
  return { values, id: noticeId(positionals[0]) };
}

function needId(id: number): number {
  if (Number.isNaN(id)) throw new UsageError(`请给出通知编号（正整数）。\n\n${NOTICES_USAGE}`);
  return id;
}

/** A notice is a page of text: a file far larger than that is the wrong file. */
const MAX_NOTICE_FILE_BYTES = 256 * 1024;

async function readFile(file: string | undefined): Promise<string> {
  if (!file) throw new UsageError('请用 --file 指定通知文件。');
  try {
    return await readInputText(file, '通知文件', MAX_NOTICE_FILE_BYTES);
  } catch (error) {
    throw error instanceof InputFileError ? new NoticeFileError(error.message) : error;
  }
}

const SUBCOMMANDS: Record<string, Sub> = {
  async create({ service, io, audit }, args) {
    const { values } = parse(args);
    const { fields, targets } = parseNoticeFile(await readFile(values.file), io.now());
    const notice = await service.create(fields, targets, actor(values.by), io.now());
    await recordChange(audit, { action: 'notice.create', target: `通知 ${notice.id}`, detail: `${notice.fields.title}（发送对象：${describeTargets(targets)}）${signedBy(values.by)}` }, io.now());
    io.out(`已新建通知 ${notice.id}（草稿，发送对象：${describeTargets(targets)}）。确认无误后运行：liaison notices send ${notice.id}\n\n${renderNotice(notice)}`);
    return 0;
  },
  async send({ service, io, audit }, args) {
    const { values, id } = parse(args);
    const { notice, recipients } = await service.send(needId(id), actor(values.by), io.now());
    const unreachable = recipients.filter((r) => !r.address).length;
    const reach = `${notice.fields.title}：${recipients.length} 位委员（${unreachable} 位无法送达），${notice.targets.groups.length} 个群`;
    await recordChange(audit, { action: 'notice.send', target: `通知 ${notice.id}`, detail: `${reach}${signedBy(values.by)}` }, io.now());
    io.out(`通知 ${notice.id} 已排入发送队列：${recipients.length} 位委员${unreachable ? `（${unreachable} 位未绑定聊天账号，无法送达）` : ''}，${notice.targets.groups.length} 个群。消息由运行中的机器人按限速发出。`);
    return 0;
  },
  async list({ store, io }, args) {
    const { values } = parse(args);
    const notices = await store.list();
    if (values.json) io.out(JSON.stringify(notices.map(noticeJson), null, 2));
    else io.out(notices.length ? notices.map((n) => `${n.id}\t${n.status}\t${n.fields.time}\t${n.fields.title}`).join('\n') : '还没有会议通知。');
    return 0;
  },
  async show({ store, io }, args) {
    const { values, id } = parse(args);
    const notice = await store.get(needId(id));
    if (!notice) throw new NoticeStoreError('not_found', `没有编号为 ${id} 的通知。`);
    io.out(values.json ? JSON.stringify(noticeJson(notice), null, 2) : `通知 ${notice.id}（${notice.status}，发送对象：${describeTargets(notice.targets)}）\n\n${renderNotice(notice)}`);
    return 0;
  },
  async status({ service, io }, args) {
    const { values, id } = parse(args);
    const roll = await service.roll(needId(id));
    io.out(values.json ? JSON.stringify(rollJson(roll), null, 2) : renderRoll(roll));
    return 0;
  },
  async export({ service, store, io }, args) {
    const { values, id } = parse(args);
    const roll = await service.roll(needId(id));
    const file = path.resolve(io.cwd, values.out ?? `会议通知${id}-回执.xlsx`);
    const deliveries = await store.deliveries(id);
    // exceljs is loaded only when a roll is exported.
    const { writeRollXlsx } = await import('../notices/export-roll.ts');
    await writeFileAtomically(file, (temp) => writeRollXlsx(roll, deliveries, temp));
    io.out(`已导出：${file}（${roll.attending.length + roll.excused.length + roll.unanswered.length} 位委员）`);
    return 0;
  },
  async change({ service, store, io, audit }, args) {
    const { values, id } = parse(args);
    const { fields } = parseNoticeFile(await readFile(values.file), io.now());
    const before = await store.get(needId(id));
    const notice = await service.change(needId(id), fields, actor(values.by), io.now());
    await recordChange(audit, { action: 'notice.change', target: `通知 ${notice.id}`, detail: `${describeFieldChanges(before?.fields, notice.fields)}${signedBy(values.by)}` }, io.now());
    io.out(`通知 ${notice.id} 已修改，已收到通知的委员会收到变更消息。`);
    return 0;
  },
  async cancel({ service, io, audit }, args) {
    const { values, id } = parse(args);
    const notice = await service.cancel(needId(id), actor(values.by), io.now());
    await recordChange(audit, { action: 'notice.cancel', target: `通知 ${notice.id}`, detail: `${notice.fields.title}${signedBy(values.by)}` }, io.now());
    io.out(`通知 ${notice.id}“${notice.fields.title}”已取消，已收到通知的委员会收到取消消息。`);
    return 0;
  },
};

/** Staff handling of meeting notices from the command line; the running bot delivers what is queued. */
export async function noticesCommand(ctx: CommandContext, args: string[], io: OpinionsIo = processIo()): Promise<number> {
  const [name, ...rest] = args;
  if (name === 'help' || name === '--help') {
    io.out(NOTICES_USAGE);
    return 0;
  }
  const sub = name ? SUBCOMMANDS[name] : undefined;
  if (!sub) throw new UsageError(`${name ? `未知的 notices 子命令：${name}` : '请给出子命令'}\n\n${NOTICES_USAGE}`);
  const storage = openStorage(ctx.config);
  try {
    return await sub(noticesContext(ctx, io, storage), rest);
  } catch (error) {
    if (error instanceof NoticeStoreError || error instanceof NoticeFileError || error instanceof OutputFileError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    storage.close();
  }
}
