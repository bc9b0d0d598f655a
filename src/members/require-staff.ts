import type { Logger } from '../log.ts';
import type { Identity } from './directory.ts';

/** What a non-staff user is told when they try a staff-only action. */
export const STAFF_ONLY_REPLY = '抱歉，此功能仅限市政协工作人员使用。如有需要，请联系市政协办公室。';

/**
 * The role check every staff-only action goes through, whatever the channel: true for staff; a
 * refusal is logged (who, their role, what they tried) and the caller answers STAFF_ONLY_REPLY
 * or its own wording.
 */
export function requireStaff(identity: Identity, log: Logger, action: string): boolean {
  if (identity.role === 'staff') return true;
  log.warn({ member: identity.memberId, role: identity.role, action }, 'staff-only action refused');
  return false;
}
