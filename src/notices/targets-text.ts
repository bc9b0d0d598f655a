import type { NoticeTargets } from './types.ts';

/** Splits 民盟、民建 / 民盟,民建 / 民盟 民建 into names. */
function names(text: string): string[] {
  return text.split(/[,，、;；\s]+/).map((n) => n.trim()).filter((n) => n !== '');
}

/**
 * Reads targets as staff write them: 全体委员; 界别：民盟、民建; 专委会：提案委; 委员：张三、李四 —
 * several parts separated by ； or new lines. Returns null when nothing could be read.
 */
export function parseTargets(text: string): NoticeTargets | null {
  const targets: NoticeTargets = { allMembers: false, sectors: [], committees: [], members: [], groups: [] };
  for (const part of text.normalize('NFKC').split(/[;；\n]+/).map((p) => p.trim()).filter(Boolean)) {
    if (/^(?:全体|全部|所有)(?:委员|人员|成员)?$/.test(part)) {
      targets.allMembers = true;
      continue;
    }
    const labelled = /^(界别|专委会|委员|人员|姓名)\s*[:：]\s*(.+)$/.exec(part);
    if (!labelled?.[1] || !labelled[2]) return null;
    const list = names(labelled[2]);
    if (labelled[1] === '界别') targets.sectors.push(...list);
    else if (labelled[1] === '专委会') targets.committees.push(...list);
    else targets.members.push(...list);
  }
  const any = targets.allMembers || targets.sectors.length + targets.committees.length + targets.members.length > 0;
  return any ? targets : null;
}

export function describeTargets(targets: NoticeTargets): string {
  const parts: string[] = [];
  if (targets.allMembers) parts.push('全体委员');
  if (targets.sectors.length) parts.push(`界别：${targets.sectors.join('、')}`);
  if (targets.committees.length) parts.push(`专委会：${targets.committees.join('、')}`);
  if (targets.members.length) parts.push(`委员：${targets.members.join('、')}`);
  if (targets.groups.length) parts.push(`群：${targets.groups.map((g) => `${g.channel}:${g.chatId}`).join('、')}`);
  return parts.join('；') || '（未指定）';
}
