import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AnswerOutcome, Metrics } from '../shared/metrics.ts';

/** Messages waiting in the outbox, per channel, read when /metrics is scraped. */
export type BacklogSource = () => Promise<readonly { channel: string; pending: number }[]>;

export interface PromMetricsOptions {
  /** Read on each scrape; a failure (database closed) leaves the gauge empty for that scrape. */
  backlog?: BacklogSource;
  /** Node's process metrics (CPU, memory, event loop, GC) beside ours; on by default. */
  processMetrics?: boolean;
}

/** What the web layer needs to serve /metrics. */
export interface MetricsExposition {
  readonly contentType: string;
  render(): Promise<string>;
}

/**
 * The `Metrics` port on prom-client, with a registry of its own (never the global one, so two apps
 * in one process, as in tests, count apart).
 */
export class PromMetrics implements Metrics, MetricsExposition {
  readonly registry = new Registry();
  private readonly messages;
  private readonly answers;
  private readonly answerSeconds;
  private readonly submissions;
  private readonly outboxSent;
  private readonly outboxFailed;
  private readonly restarts;

  constructor(options: PromMetricsOptions = {}) {
    const registers = [this.registry];
    this.messages = new Counter({ name: 'liaison_messages_total', help: 'Inbound messages handled, by channel', labelNames: ['channel'] as const, registers });
    this.answers = new Counter({ name: 'liaison_answers_total', help: 'Knowledge-base questions, answered or declined', labelNames: ['outcome'] as const, registers });
    this.answerSeconds = new Histogram({
      name: 'liaison_answer_seconds',
      help: 'Time from question to answer, in seconds',
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30],
      registers,
    });
    this.submissions = new Counter({ name: 'liaison_submissions_total', help: 'Social-opinion reports submitted', registers });
    this.outboxSent = new Counter({ name: 'liaison_outbox_sent_total', help: 'Outbox messages delivered, by channel', labelNames: ['channel'] as const, registers });
    this.outboxFailed = new Counter({
      name: 'liaison_outbox_failed_total',
      help: 'Outbox delivery failures, by channel and error kind',
      labelNames: ['channel', 'kind'] as const,
      registers,
    });
    this.restarts = new Counter({ name: 'liaison_channel_restarts_total', help: 'Channel connection restarts after a failure', labelNames: ['channel'] as const, registers });
    // Both outcomes from zero, so a rate over them works before the first declined question.
    for (const outcome of ['answered', 'declined'] as const) this.answers.inc({ outcome }, 0);
    const { backlog } = options;
    new Gauge({
      name: 'liaison_outbox_backlog',
      help: 'Outbox messages waiting to be sent, by channel',
      labelNames: ['channel'] as const,
      registers,
      async collect() {
        this.reset();
        if (!backlog) return;
        try {
          for (const row of await backlog()) this.set({ channel: row.channel }, row.pending);
        } catch {
          // The database is unavailable: /healthz says so; the gauge just stays empty.
        }
      },
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  incMessage(channel: string): void {
    this.messages.inc({ channel });
  }

  observeAnswer(outcome: AnswerOutcome, seconds: number): void {
    this.answers.inc({ outcome });
    this.answerSeconds.observe(seconds);
  }

  incSubmission(): void {
    this.submissions.inc();
  }

  incOutboxSent(channel: string): void {
    this.outboxSent.inc({ channel });
  }

  incOutboxFailed(channel: string, kind: string): void {
    this.outboxFailed.inc({ channel, kind });
  }

  incChannelRestart(channel: string): void {
    this.restarts.inc({ channel });
  }
}
