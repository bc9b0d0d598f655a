export type MemberRole = 'member' | 'staff';

/** One person in the committee's registry. */
export interface Member {
  id: string;
  name: string;
  /** 界别 */
  sector: string;
  /** 专委会 */
  committee: string;
  /** 职务 */
  position: string;
  phone: string;
  /** 微信号或备注名 */
  wechat: string;
  telegramId: string;
  role: MemberRole;
}

export type MemberInput = Omit<Member, 'id'>;
