import { describe } from 'vitest';
import { answersFromTheBot } from './support/answers-from-the-bot.ts';

const answers = answersFromTheBot();

describe('who sees what a member sends', () => {
  answers('选了不署名 转给部门的时候会不会把我电话也给人家 我怕被找上门', '不对外公开');
  answers('同意署名的话 我手机号会不会也印到上报的材料里', '不对外公开');
  answers('别的委员能看到我请假写的原因不？有点私事不想让人知道', '不能查看其他委员');
  answers('我们界别召集人说想看看大家都报了些啥，他能在小助手里看到我报的社情民意吗？', '不能查看其他委员提交的社情民意信息');
  answers('在大群里@你说要反映问题，我写的内容别的委员能不能看到啊？有点不好意思', '不会在群里显示');
});
