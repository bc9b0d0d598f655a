export type MemberRole = 'member' | 'staff';

/** One person in the committee's registry. */
export interface Member {
  /** M0001, M0002 … in order of first import; never changes on re-import. */
  id: string;
  name: string;
  /** 界别 */
  sector: string;
  /** 专委会 */
  committee: string;
  /** 职务 */
  position: string;
  /** 11-digit mobile number, or '' */
  phone: string;
  /** 微信号或备注名 (for staff's reference; WeChat accounts are bound explicitly, see bind-feature.ts) */
  wechat: string;
  /** Numeric Telegram user id, or '': its account `telegram:<id>` is bound on import. */
  telegramId: string;
  role: MemberRole;
}

export type MemberInput = Omit<Member, 'id'>;

/**
 * One imported row: 姓名 always; a field left undefined (its column is not in the file) keeps
 * the registered value, and so does an empty 手机 (the phone is what finds the member again).
 */
export type MemberFields = Pick<MemberInput, 'name'> &
  Partial<Omit<MemberInput, 'name'>> & {
    /** 编号 column: update this member (e.g. after a change of phone) instead of matching. */
    id?: string;
  };

/** Who a notice is for: members matching any part (all, 界别, 专委会, names or ids). */
export interface MemberQuery {
  all?: boolean;
  sectors?: readonly string[];
  committees?: readonly string[];
  /** 姓名 or member ids (M0001). */
  names?: readonly string[];
}

/** A row that cannot be applied as it is; the message is Chinese and says what to do. */
export class MemberConflict extends Error {}
