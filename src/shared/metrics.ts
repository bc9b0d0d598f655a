/**
 * What the bot counts, as a port: features, the core and the dispatcher record through this and
 * never import a metrics library. The composition root wires an implementation (prom-client in
 * src/web/metrics.ts); the default records nothing.
 */
export interface Metrics {
  /** An inbound message the core handles (addressed to the bot, not a redelivery). */
  incMessage(channel: string): void;
  /** A knowledge-base question: answered with sources, or declined; `seconds` from question to answer. */
  observeAnswer(outcome: AnswerOutcome, seconds: number): void;
  /** A 社情民意 submission stored (a retried confirmation of the same draft is not counted again). */
  incSubmission(): void;
  incOutboxSent(channel: string): void;
  /** `kind`: what the failure means for the outbox: 'permanent', 'transient' or 'rate-limited'. */
  incOutboxFailed(channel: string, kind: string): void;
  /** The channel's connection was restarted after a failure (WeChat's supervisor). */
  incChannelRestart(channel: string): void;
}

export type AnswerOutcome = 'answered' | 'declined';

export const noMetrics: Metrics = {
  incMessage: () => {},
  observeAnswer: () => {},
  incSubmission: () => {},
  incOutboxSent: () => {},
  incOutboxFailed: () => {},
  incChannelRestart: () => {},
};

