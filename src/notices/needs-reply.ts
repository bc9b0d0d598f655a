import { readYesNo } from '../shared/yes-no.ts';

/** 是否需要回执: 需要 / 要 / 是 → true, 不需要 / 不要 / 否 → false, anything else undefined. */
export function readNeedsReply(text: string): boolean | undefined {
  const answer = text.trim().replace(/^(?:需要|要)(?:回执)?$/u, '是').replace(/^(?:不需要|不要|无需|不用)(?:回执)?$/u, '否');
  const yes = readYesNo(answer);
  return yes === null ? undefined : yes === 'yes';
}
