import { userInfo } from 'node:os';
import type { AuditLog } from '../../audit/audit-log.ts';
import { NoticeService } from '../../notices/notice-service.ts';
import type { NoticeStore } from '../../notices/notice-store.ts';
import type { Storage } from '../../storage/open-store.ts';
import type { CommandContext } from '../context.ts';
import type { OpinionsIo } from '../opinions/io.ts';

/** What every notices subcommand works with. */
export interface NoticesContext {
  ctx: CommandContext;
  io: OpinionsIo;
  store: NoticeStore;
  service: NoticeService;
  /** Where each change is recorded with who made it. */
  audit: AuditLog;
}

export function noticesContext(ctx: CommandContext, io: OpinionsIo, storage: Storage): NoticesContext {
  const store = storage.notices;
  const service = new NoticeService({ store, roster: storage.roster, log: ctx.log, reminderHours: ctx.config.notices.reminderHours });
  return { ctx, io, store, service, audit: storage.audit };
}

/** Who acts, for the record: --by, else the login name of whoever runs the command. */
export function actor(by: string | undefined): string {
  if (by?.trim()) return by.trim();
  try {
    return userInfo().username || '工作人员';
  } catch {
    return '工作人员';
  }
}

export function noticeId(raw: string | undefined): number {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : Number.NaN;
}
