import { randomBytes } from 'node:crypto';
import { chmod, lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** An export target that cannot or must not be written; the message is Chinese and says what to do. */
export class OutputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFileError';
  }
}

/**
 * Writes `file` by having `write` fill a temporary file in the same folder, then renaming it over
 * the target: staff never find half a document, and a failed export leaves yesterday's good one.
 * Only a regular file is ever replaced: a folder, a device (/dev/full), a pipe or a socket is refused
 * before anything is written. A link is followed, so the file it points to is the one replaced.
 */
export async function writeFileAtomically(file: string, write: (temp: string) => Promise<void>): Promise<void> {
  const { target, mode } = await checkTarget(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  try {
    await write(temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A replaced file keeps who may read it.
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error instanceof OutputFileError ? error : new OutputFileError(`无法写入 ${file}：${reason(error)}。`);
  }
}

/** Where to write (links resolved), and the mode of the file replaced, if one is. */
async function checkTarget(file: string): Promise<{ target: string; mode?: number }> {
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputFileError(`无法写入 ${file}：${reason(error)}。`);
    await checkFolder(path.dirname(file));
    return { target: file };
  }
  let target = file;
  if (info.isSymbolicLink()) {
    try {
      target = await realpath(file);
      info = await stat(target);
    } catch {
      throw new OutputFileError(`${file} 是一个链接，指向的文件不存在，不能写入。请换一个文件名。`);
    }
  }
  if (info.isDirectory()) throw new OutputFileError(`${file} 是文件夹，请写上文件名，例如 ${path.join(file, '导出.xlsx')}。`);
  if (!info.isFile()) throw new OutputFileError(`${file} 不是普通文件（是设备、管道或套接字），不能覆盖。请换一个文件名。`);
  return { target, mode: info.mode & 0o7777 };
}

async function checkFolder(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new OutputFileError(`文件夹 ${dir} 不存在，请先建立或换一个位置。`);
    throw new OutputFileError(`无法写入 ${dir}：${reason(error)}。`);
  }
  throw new OutputFileError(`${dir} 不是文件夹，请换一个位置。`);
}

function reason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限';
    case 'EROFS':
      return '所在磁盘是只读的';
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间不足';
    case 'ENOENT':
    case 'ENOTDIR':
      return '路径不存在';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
