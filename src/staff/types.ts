/**
 * Who a workbench session belongs to: a chat account that asked for a sign-in link (its rights
 * are those the member registry and STAFF_IDS give it, checked again on every request), or an
 * administrator created with `liaison staff add` who signs in with a password.
 */
export interface Principal {
  kind: 'account' | 'admin';
  /** `<channel>:<sender id>` for an account, the administrator's name for an admin. */
  id: string;
}

/** What a signed-in person may do on the web; an administrator may do everything staff may. */
export type WebRole = 'staff' | 'admin';

export interface AdminAccount {
  name: string;
  createdAt: Date;
  updatedAt: Date;
}
