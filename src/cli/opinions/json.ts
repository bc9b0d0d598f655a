import type { Opinion } from '../../opinions/types.ts';

/** Every stored field, flat, times as ISO-8601 UTC: for scripts and the acceptance check. */
export function opinionJson(opinion: Opinion) {
  return {
    number: opinion.number,
    status: opinion.status,
    statusNote: opinion.statusNote,
    ...opinion.fields,
    memberId: opinion.memberId,
    channel: opinion.channel,
    messageId: opinion.messageId,
    createdAt: opinion.createdAt.toISOString(),
    updatedAt: opinion.updatedAt.toISOString(),
    history: opinion.history.map((change) => ({
      from: change.from,
      to: change.to,
      note: change.note,
      actor: change.actor,
      at: change.at.toISOString(),
    })),
  };
}
