import { describe } from 'vitest';
import { attend, leave, table, unclear } from './support/reply-readings.ts';

describe('coming, said with the words of a leave', () => {
  table([
    ['莫给我记请假咯 我克的', attend()],
    ['唔使幫我請假 我會嚟', attend()],
    ['没得问题 不得请假 要得', attend()],
    ['请假是不可能请假的，这辈子都不可能请假的🤣', attend()],
    ['没理由不去啊 营商环境本来就是我们工商联天天在跑的事', attend()],
    ['去年常委会我缺过一次被点名了 这次不敢不来😅', attend()],
    ['推了两个饭局 不去都不好意思了', attend()],
    ['王秘书你好我是经济界的周建国那个五号的常委会我本来说要请假的因为要去上海但是上海那边推迟了所以我还是能参加的', attend()],
    ['上次请了假这次肯定到', attend()],
    ['老婆说我天天开会不着家🙄 没办法 还是得去', attend()],
    ['我们界别小李请假了，我参加', attend()],
    ['去不了全程 十点半要走 但是人会去', attend('十点半要走')],
  ]);
});

describe('not coming, said with the words of a yes', () => {
  table([
    ['參加唔到啊 嗰日喺香港覆診', leave('那天喺香港覆诊')],
    ['到场有困难，脚崴了打着石膏', leave('脚崴了打着石膏')],
    ['参加的心是有的，身体不允许 腰又犯了', leave('腰又犯了')],
    ['原定参加，临时接到通知要去省政协学习', leave('临时接到通知要去省政协学习')],
  ]);
});

describe('not yet decided', () => {
  table([
    ['我尽量吧 看那天手术排不排得开', unclear],
    ['参加不参加我得跟我们主委商量下', unclear],
    ['老李让我问一下，他这次去不了，能不能帮他请个假？', unclear],
    ['要是那天上午的庭开得完 下午就来', unclear],
  ]);
});
