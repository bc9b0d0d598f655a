/** What the 社情民意 dialog says in its fixed wordings, and how a start carries the member's text. */

export const WELCOME =
  '好的，我们来填写社情民意信息。您可以把情况、建议和联系方式一次发给我，也可以按提示一步步填写；随时回复“预览”查看，“取消”放弃。';
export const RESUME = '您还有一份未完成的社情民意草稿，我们接着填写。';
export const CANCELLED = '已取消，本次填写的内容已删除。需要时发送“我想反映社情民意”重新开始。';
export const NAME_CHOICES = [
  { label: '是', value: '是' },
  { label: '不是', value: '不是' },
];
export const NICKNAME_IS_NAME = /^(?:我的?)?(?:名字|姓名)?(?:就是|就用|用)(?:我的?)?(?:微信|网)(?:名|名字|昵称|上的名字?)(?:就行|就好|吧)?[。！!]?$/u;
/** The member saying something said before was wrong ("刚才说错了", "写错了"). */
export const SAYS_WRONG = /说错|写错|打错|记错|搞错|弄错/u;
export const NOT_SUBMITTED = '抱歉，系统暂时无法保存，社情民意还没有提交，也没有生成编号。请稍后再发一次（如“确认提交”）；您已填写的内容不会丢失。';
export const WHICH_FIELD = '请说明要修改哪一项，例如“标题改成关于……的建议”。可修改：标题、情况与问题、意见建议、类别、姓名、界别、联系电话、署名。';

/** The text a start carries under `key` ({ rest }, { offer }, { introduced }), '' when it has none. */
export function startField(start: unknown, key: string): string {
  return typeof start === 'object' && start && key in start ? String((start as Record<string, unknown>)[key] ?? '') : '';
}

export function expiredNotice(ttlMs: number): string {
  const hours = Math.round(ttlMs / 3600_000);
  return `您之前未完成的社情民意草稿已超过 ${hours} 小时未操作，已自动作废。如需反映，请重新发送“我想反映社情民意”。`;
}
