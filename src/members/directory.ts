export type Role = 'guest' | 'member' | 'staff';

/** What the bot knows of a person, used to prefill forms. */
export interface MemberProfile {
  name?: string;
  sector?: string;
  phone?: string;
}

export interface Identity {
  /**
   * The id stores keep: the registry member id once bound (one person on every channel), else the
   * chat account key.
   */
  memberId: string;
  role: Role;
  /** From the registry only: a chat nickname is never taken for a real name. */
  profile: MemberProfile;
  /** The chat display name, which a dialog may offer for confirmation when it reads like a name. */
  nickname?: string;
}

export interface Sender {
  channel: string;
  senderId: string;
  senderName?: string;
}

/** Who is talking: the member registry answers this (registry-directory.ts). */
export interface MemberDirectory {
  identify(sender: Sender): Promise<Identity>;
}

