import { userInfo } from 'node:os';
import type { AuditLog } from '../audit/audit-log.ts';

/**
 * Who ran a command, for the audit log: 命令行（login name）. The login name is what the system
 * vouches for; a `--by` name is what the person typed, so commands keep it in the detail instead.
 */
export function cliActor(): string {
  try {
    const name = userInfo().username;
    return name ? `命令行（${name}）` : '命令行';
  } catch {
    return '命令行';
  }
}

/** `；署名：王秘书` when --by was given, '' otherwise. */
export function signedBy(by: string | undefined): string {
  return by?.trim() ? `；署名：${by.trim()}` : '';
}

/**
 * Records a change a command has just made. After the change, not with it: the audit log is its
 * own capability and store, and a change that failed is not recorded.
 */
export async function recordChange(audit: AuditLog, change: { action: string; target: string; detail: string }, at: Date): Promise<void> {
  await audit.record({ actor: cliActor(), ...change, at });
}
