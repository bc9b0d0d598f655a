/** Failures of backup and restore, worded for the staff member at the terminal (or the log). */
export class StorageFileError extends Error {
  constructor(
    message: string,
    /** Machine-readable reason, for tests and callers that react differently. */
    readonly reason: StorageFileProblem = 'io',
  ) {
    super(message);
    this.name = 'StorageFileError';
  }
}

export type StorageFileProblem =
  | 'io'
  | 'no-data-dir'
  | 'no-database'
  | 'no-such-file'
  | 'not-a-file'
  | 'not-a-database'
  | 'not-ours'
  | 'damaged'
  | 'newer-schema'
  | 'in-use';

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/**
 * A file-system or SQLite failure on `target` as one Chinese sentence; `doing` says what was being
 * attempted (“写入备份文件”). Keeps an already worded StorageFileError as it is.
 */
export function describeFileError(error: unknown, doing: string, target: string): StorageFileError {
  if (error instanceof StorageFileError) return error;
  const code = codeOf(error);
  const reason = (() => {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
      case 'SQLITE_READONLY':
      case 'SQLITE_PERM':
        return '没有写入权限';
      case 'EROFS':
        return '所在磁盘是只读的';
      case 'ENOENT':
        return '路径不存在';
      case 'ENOTDIR':
        return '路径中有一项不是文件夹';
      case 'EISDIR':
        return '这是一个文件夹，不是文件';
      case 'ENOSPC':
      case 'SQLITE_FULL':
        return '磁盘空间不足';
      case 'SQLITE_CANTOPEN':
        return '无法打开（文件夹不存在、只读或权限不足）';
      case 'SQLITE_NOTADB':
        return '不是 SQLite 数据库';
      case 'SQLITE_CORRUPT':
        return '数据库文件已损坏';
      case 'SQLITE_BUSY':
      case 'SQLITE_LOCKED':
        return '数据库正被其他程序占用';
      default:
        if (code.startsWith('SQLITE_IOERR')) return '磁盘读写出错';
        if (code.startsWith('SQLITE_READONLY')) return '没有写入权限（文件或所在文件夹只读）';
        if (code.startsWith('SQLITE_CANTOPEN')) return '无法打开（文件夹不存在、只读或权限不足）';
        if (code.startsWith('SQLITE_CORRUPT')) return '数据库文件已损坏';
        return error instanceof Error ? error.message : String(error);
    }
  })();
  const problem = code === 'SQLITE_NOTADB' ? 'not-a-database' : code.startsWith('SQLITE_CORRUPT') ? 'damaged' : 'io';
  return new StorageFileError(`无法${doing} ${target}：${reason}。`, problem);
}
