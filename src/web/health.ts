import type { StorageStatus } from '../storage/sqlite-status.ts';

/** off: not configured in this run; down: configured but not connected (e.g. WeChat waiting for a scan). */
export type ChannelState = 'up' | 'down' | 'off';
export type HealthStatus = 'ok' | 'degraded' | 'starting';
export type BotPhase = 'starting' | 'running' | 'stopping';

/** The channels every report names, configured or not, so a monitor can rely on the keys. */
export const KNOWN_CHANNELS = ['telegram', 'wechat', 'console'] as const;

export interface HealthReport {
  status: HealthStatus;
  /** Started and not stopping: channels launched, background work running. */
  ready: boolean;
  channels: Record<(typeof KNOWN_CHANNELS)[number], ChannelState> & Record<string, ChannelState>;
  database: 'ok' | 'error';
  /** Over all channels; null when the database cannot be read. Failed ones were given up. */
  outbox: { pending: number | null; failed: number | null };
}

export interface HealthSources {
  phase(): BotPhase;
  /** The channels of this run and whether each is connected; those absent are 'off'. */
  channels(): Readonly<Record<string, 'up' | 'down'>>;
  storage: StorageStatus;
}

/** Everything a monitor needs in one cheap call: a trivial query, an outbox count, some flags. */
export async function checkHealth(sources: HealthSources): Promise<HealthReport> {
  const phase = sources.phase();
  const channels: Record<string, ChannelState> = Object.fromEntries(KNOWN_CHANNELS.map((name) => [name, 'off']));
  Object.assign(channels, sources.channels());
  const database = (await sources.storage.ping()) ? 'ok' : 'error';
  let outbox: HealthReport['outbox'] = { pending: null, failed: null };
  if (database === 'ok') {
    try {
      const rows = await sources.storage.outboxBacklog();
      outbox = { pending: sum(rows.map((r) => r.pending)), failed: sum(rows.map((r) => r.failed)) };
    } catch {
      // Counted as a database problem below only if the ping fails; the numbers stay unknown.
    }
  }
  const ready = phase === 'running';
  const healthy = database === 'ok' && Object.values(channels).every((state) => state !== 'down');
  const status: HealthStatus = phase === 'starting' ? 'starting' : ready && healthy ? 'ok' : 'degraded';
  return { status, ready, channels: channels as HealthReport['channels'], database, outbox };
}

/** 200 only when a monitor should be satisfied; 503 while starting, stopping or degraded. */
export function httpStatusOf(report: HealthReport): 200 | 503 {
  return report.ready && report.status === 'ok' ? 200 : 503;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
