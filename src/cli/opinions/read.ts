import type { Storage } from '../../storage/open-store.ts';
import { UsageError, parseCommandArgs } from '../context.ts';
import { normalizeNumber, numberFormatMessage, parseFilter } from './args.ts';
import type { OpinionsIo } from './io.ts';
import { opinionJson } from './json.ts';
import { renderList, renderOpinion } from './render.ts';

/** liaison opinions list [--status S] [--since YYYY-MM-DD] [--json] */
export async function listOpinions(storage: Storage, args: string[], io: OpinionsIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    status: { type: 'string' },
    since: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (positionals.length) throw new UsageError(`opinions list 不接受参数“${positionals.join(' ')}”。`);
  const opinions = await storage.opinions.list(parseFilter(values));
  io.out(values.json ? JSON.stringify(opinions.map(opinionJson), null, 2) : renderList(opinions));
  return 0;
}

/** liaison opinions show NUMBER [--json] */
export async function showOpinion(storage: Storage, args: string[], io: OpinionsIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('请给出一个编号，例如：liaison opinions show SQMY-2026-0001');
  const number = normalizeNumber(positionals[0]!);
  if (!number) {
    io.err(numberFormatMessage(positionals[0]!));
    return 1;
  }
  const opinion = await storage.opinions.get(number);
  if (!opinion) {
    io.err(`未找到编号为 ${number} 的社情民意信息。`);
    return 1;
  }
  io.out(values.json ? JSON.stringify(opinionJson(opinion), null, 2) : renderOpinion(opinion));
  return 0;
}
