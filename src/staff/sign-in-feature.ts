import type { Feature, InboundMessage, Reply } from '../conversation/types.ts';
import type { Logger } from '../log.ts';
import { accountKey } from '../members/account.ts';
import type { MemberDirectory } from '../members/directory.ts';
import { requireStaff } from '../members/require-staff.ts';
import { LINK_TTL_MS, type StaffAccess } from './staff-access.ts';

export const WORKBENCH_STAFF_ONLY = '抱歉，工作台仅供市政协工作人员使用。如需帮助，请联系市政协办公室。';
export const WORKBENCH_IN_PRIVATE = '为保护账号安全，请在与我的私聊中发送“登录工作台”，我会把登录链接私下发给您。';
const NO_ADDRESS = '工作台暂未开启（未配置工作台地址）。请联系系统管理员设置 WORKBENCH_URL。';

/** “登录工作台” and the ways staff actually type it (登陆 is the usual slip). */
export function isSignInRequest(text: string): boolean {
  const compact = text.replace(/[\s。.!！?？]/g, '');
  return /^(?:\/workbench|(?:登录|登陆|打开|进入)工作台|工作台(?:登录|登陆))$/i.test(compact);
}

export interface SignInFeatureOptions {
  access: StaffAccess;
  directory: MemberDirectory;
  /** Where staff open the workbench (WorkbenchAddress); null when there is no web to open. */
  workbenchUrl: () => string | null;
  now: () => Date;
  log: Logger;
}

/**
 * A bound staff member sends “登录工作台” in a private chat and gets a one-time link to the
 * workbench. The link is a secret: never in a group, and nobody but staff gets one. The rights
 * check is the chat's own (requireStaff), so every channel agrees.
 */
export class SignInFeature implements Feature {
  readonly name = 'workbench-sign-in';

  constructor(private readonly options: SignInFeatureOptions) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    if (message.suspicious || !isSignInRequest(message.text)) return null;
    // Asked in a group: the same answer whoever asks, so the group learns nothing of anyone's role.
    if (message.isGroup) return [{ text: WORKBENCH_IN_PRIVATE, mention: [message.senderId] }];
    const { access, directory, now, log } = this.options;
    const me = await directory.identify(message);
    if (!requireStaff(me, log, 'workbench-sign-in')) return [{ text: WORKBENCH_STAFF_ONLY }];
    const base = this.options.workbenchUrl();
    if (!base) return [{ text: NO_ADDRESS }];
    const { token } = await access.issueLink(accountKey(message.channel, message.senderId), now());
    log.info({ member: me.memberId }, 'workbench sign-in link issued');
    const minutes = Math.round(LINK_TTL_MS / 60_000);
    return [
      {
        text: [`工作台登录链接（${minutes} 分钟内有效，只能使用一次，请勿转发）：`, `${base}/login?token=${token}`, '在浏览器中打开后点“登录”即可。'].join('\n'),
      },
    ];
  }
}
