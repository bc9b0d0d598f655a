/**
 * Whether a store failed because it cannot write right now: the disk is full, the file system or
 * the database is read-only, an I/O error, a lock held too long, the database server gone. Nothing
 * was saved, and the same request may succeed once space or access returns; callers say so to the
 * member and keep serving what needs no writes. Engine-neutral: SQLite result codes (better-sqlite3),
 * PostgreSQL SQLSTATEs (node-postgres) and Node's file-system codes are all recognised here.
 */
export function isStorageUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (!code) return false;
  if (SQLITE.some((prefix) => code.startsWith(prefix))) return true;
  if (/^[0-9A-Z]{5}$/.test(code) && POSTGRES.some((prefix) => code.startsWith(prefix))) return true;
  return FILE_SYSTEM.has(code);
}

// Extended SQLite codes carry a suffix: SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE …
const SQLITE = ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_PERM', 'SQLITE_NOLFS'];
// 53100 disk_full, 53xxx insufficient resources, 25006 read_only_sql_transaction, 08xxx connection,
// 57P01–57P03 shutdown / cannot connect now, 40001 serialization failure, 40P01 deadlock.
const POSTGRES = ['53', '25006', '08', '57P0', '40001', '40P01'];
const FILE_SYSTEM = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT', 'EIO', 'ECONNREFUSED', 'ECONNRESET']);

function codeOf(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : '';
}
