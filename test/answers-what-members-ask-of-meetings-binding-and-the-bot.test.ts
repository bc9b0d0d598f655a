import { describe } from 'vitest';
import { answersFromTheBot } from './support/answers-from-the-bot.ts';

const answers = answersFromTheBot();

describe('what a member may do with the bot', () => {
  answers('我是经济界的召集人，想给我们界别的委员发个开会通知，在这儿能发不', '委员不能通过履职助手发布会议通知');
  answers('这两年零零碎碎报了好几条 编号一个都没记 有没有办法一下全列出来', '我的社情民意');
  answers('下礼拜那个会我去不了 在助手里咋请假', '写明请假原因');
  answers('会往后挪了一周 新通知上回复截止也改了 那我是按老的截止日期还是新的', '新截止时间为准');
  answers('手机号换了新的 原来绑的那个咋弄', '联系市政协办公室办理');
  answers('本人手机号码近期已变更，助手上的绑定要怎么处理', '联系市政协办公室办理');
  answers('小区物业乱收费这种事该选哪一类啊', '社会治理');
});

describe('what members ask of the bot itself and of their replies', () => {
  answers('你是真人还是机器人啊 后台是不是有人在打字回我', '聊天机器人');
  answers('我都回过请假了 还会不会再弹出来催我回复的消息 老年人手机一响就紧张😅', '不会收到回执提醒');
  answers('意见建议那块一般写几条好 我现在写了七八条是不是太多了', '2 至 4 条');
  answers('我按说的发了名字加手机尾号 它一直说没找到匹配 是咋回事嘛 我名字没写错啊', '委员名册登记不一致');
  answers('小助手，我家里有个房子的合同纠纷，能不能顺便帮我看看该怎么打这个官司', '不提供法律咨询意见');
});

describe('a city taken back', () => {
  answers('十堰……不对 是武汉 武汉市政协前年开了几次党组会', '26次');
  answers('十堰2023年社情民意征集了多少篇 哦不对 我要问的是廊坊 廊坊23年社情民意征集了多少篇', '78篇');
});
