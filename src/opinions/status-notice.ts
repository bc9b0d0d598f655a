import type { Opinion, OpinionStatus } from './types.ts';

/** What each status means for the member, in a sentence. */
const MEANING: Record<OpinionStatus, string> = {
  已提交: '已收到您的反映。',
  已受理: '工作人员已受理，正在整理研究。',
  已编报: '已编入社情民意信息向上报送。',
  已采用: '已被有关方面采用，感谢您的认真履职。',
  已转有关部门: '已转交有关部门研究办理。',
  已办结: '相关工作已办理完毕，感谢您的关注。',
  不予采用: '经研究，暂不予采用。',
};

/**
 * The message a member receives when staff change the status of their submission, e.g.
 * 您反映的社情民意信息《标题》（SQMY-2026-0001）有新进展：已受理。工作人员已受理，正在整理研究。说明：……
 * followed by how to look it up. 不予采用 always carries the reason (the store requires one).
 */
export function statusNotice(opinion: Opinion): string {
  const head = `您反映的社情民意信息《${opinion.fields.title}》（${opinion.number}）有新进展：${opinion.status}。`;
  const note = opinion.statusNote.trim();
  const label = opinion.status === '不予采用' ? '原因' : '说明';
  const explained = note ? `${label}：${note}${/[。！？!?]$/.test(note) ? '' : '。'}` : '';
  return `${head}${MEANING[opinion.status]}${explained}\n回复“查询 ${opinion.number}”可查看详情。`;
}
