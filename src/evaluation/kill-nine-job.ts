import type { OpinionFields } from '../opinions/types.ts';

/** One submission of the kill -9 run: `key` names the report, the member and message it came in. */
export interface KillNineItem {
  key: number;
  member: string;
  messageId: string;
}

/** What the parent hands a child process: the reports to submit at once, at one submission time. */
export interface KillNineJob {
  at: string;
  items: KillNineItem[];
}

/** The report of one key: its own title and situation, so a resubmission of it is recognised. */
export function killNineFields(key: number): OpinionFields {
  return {
    title: `第${key + 1}号：关于老旧小区电动车充电难的建议`,
    situation: `第${key + 1}号小区没有充电桩，居民飞线充电，夜间存在火灾隐患。`,
    suggestion: '统一建设集中充电棚，明确物业管理责任。',
    category: '城乡建设',
    name: '李明',
    sector: '民盟',
    phone: '13800000000',
    signed: true,
  };
}
