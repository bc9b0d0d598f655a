import { readFile, stat } from 'node:fs/promises';

/** A file given on the command line that cannot be taken in; the message is Chinese and says why. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

/**
 * The bytes of a regular file no larger than `maxBytes`. Devices, pipes and folders are refused
 * before reading (/dev/zero would never end), as is a file too large to be what `what` names.
 */
export async function readInputFile(file: string, what: string, maxBytes: number): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputFileError(`找不到${what}：${file}`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputFileError(`没有权限读取${what}：${file}`);
    throw error;
  }
  if (info.isDirectory()) throw new InputFileError(`${file} 是文件夹，请给出${what}的文件名。`);
  if (!info.isFile()) throw new InputFileError(`${file} 不是普通文件（可能是设备或管道），无法作为${what}读取。`);
  if (info.size > maxBytes) {
    throw new InputFileError(`${what}过大（${megabytes(info.size)}），最大 ${megabytes(maxBytes)}：请确认选对了文件。`);
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new InputFileError(`没有权限读取${what}：${file}`);
    throw error;
  }
}

/**
 * The text of such a file: UTF-8 (a BOM dropped), else GBK, which Notepad and Excel on Chinese
 * Windows save by default (WHATWG's GBK decoder is GB18030, a superset).
 */
export async function readInputText(file: string, what: string, maxBytes: number): Promise<string> {
  const bytes = await readInputFile(file, what, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
