import { describe, expect, it } from 'vitest';
import { withVoicePauses } from '../src/notices/chat/voice-pauses.ts';
import { attend, leave, table } from './support/reply-readings.ts';

describe('a reply said by voice in one breath', () => {
  table([
    ['李秘书你好啊我是民进的老周啊刚才在开会没看手机通知我看到了那天本来要出差的但是行程改了所以我可以去的到时候提前一点到', attend('到时候提前一点到')],
    ['张主任好啊通知收到了那天我们学校期末考试我得监考所以实在来不了只能请个假了不好意思', leave('那天我们学校期末考试我得监考')],
  ]);

  it('is paused where each meeting and each answer starts', () => {
    expect(withVoicePauses('两个通知都看到了啊常委会那天我在省里开会回不来请个假协商会我准时到材料这两天发给你们')).toBe(
      '两个通知都看到了啊，常委会那天我在省里开会回不来请个假，协商会我准时到，材料这两天发给你们',
    );
  });

  it('keeps "可能来不了" whole, and a message with pauses as it is', () => {
    expect(withVoicePauses('那天我要去县里开一个合作社的现场会可能来不了就请个假吧我跟单位也说好了')).not.toContain('来，不了');
    expect(withVoicePauses('常委会请假 协商会准时到')).toBe('常委会请假 协商会准时到');
  });
});
