/**
 * 操作记录: every change staff make, from the command line or the workbench, with who and when.
 * The log is append-only: the port has no way to change or remove an entry.
 */

/** What was done. Known actions have a Chinese label (ACTION_LABELS); other parts may add their own. */
export type AuditAction = string;

export interface AuditRecord {
  /** Who did it as staff read it: 命令行（系统用户名）, or a signed-in staff member's name. */
  actor: string;
  action: AuditAction;
  /** What it was done to: an SQMY number, a notice number, a member id, a file name. */
  target: string;
  /** What changed, in Chinese; never a phone number, a binding code or a password. */
  detail: string;
  at: Date;
}

export interface AuditEntry extends AuditRecord {
  /** Increasing in the order recorded: the cursor for paging. */
  id: number;
}

export interface AuditQuery {
  /** At most this many, newest first (1 to MAX_AUDIT_PAGE). */
  limit: number;
  /** Only entries recorded before the one with this id: the next page after the last one shown. */
  before?: number;
  actor?: string;
  action?: AuditAction;
}

export const MAX_AUDIT_PAGE = 500;

/** The audit port; SQLite implements it (sqlite-audit-log.ts), a PostgreSQL store could. */
export interface AuditLog {
  record(entry: AuditRecord): Promise<AuditEntry>;
  /** Newest first; `limit` is brought within 1 to MAX_AUDIT_PAGE. */
  list(query: AuditQuery): Promise<AuditEntry[]>;
}

export const ACTION_LABELS: Readonly<Record<string, string>> = {
  'opinion.status': '社情民意改状态',
  'opinion.edition': '编辑编报稿',
  'members.import': '导入委员名单',
  'members.code': '生成绑定码',
  'members.unlock': '解除绑定锁定',
  'members.role': '修改委员角色',
  'notice.create': '新建会议通知',
  'notice.send': '发送会议通知',
  'notice.change': '修改会议通知',
  'notice.cancel': '取消会议通知',
  'notice.remind': '提醒未回复的委员',
  'answers.add': '添加工作人员答复',
  'answers.remove': '删除工作人员答复',
  'knowledge.ingest': '更新知识库',
  'knowledge.upload': '上传知识库文档',
  'knowledge.remove': '删除知识库文档',
  'knowledge.reindex': '重建知识库索引',
};

export function actionLabel(action: AuditAction): string {
  return ACTION_LABELS[action] ?? action;
}
