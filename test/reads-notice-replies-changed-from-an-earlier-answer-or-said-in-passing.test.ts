import { describe, expect, it } from 'vitest';
import { readReply } from '../src/notices/chat/read-reply.ts';
import { attend, leave, table, unclear } from './support/reply-readings.ts';

describe('an earlier answer recalled, then changed', () => {
  table([
    ['我先前说了参加的，现在看来不行了，在医院陪床', leave('现在看来不行了，在医院陪床')],
    ['之前说请假那个撤了吧 家里的事安排好了 能去', attend()],
    // (Recalled alone, it is the answer still.)
    ['我之前说了参加的', attend()],
  ]);
});

describe('coming, said in passing', () => {
  table([
    ['我和老张一起去，他开车带我', attend()],
    ['中，十号下午去', attend()],
    ['收到提醒了，明天下午见', attend()],
    ['好嘞，5号一早就到', attend()],
  ]);
});

describe('parking, which the notice says nothing of', () => {
  it('is asked of the office, with the meeting’s particulars', () => {
    expect(readReply('市民之家那边好停车不？')).toEqual({ kind: 'question', topic: 'other' });
  });
});

describe('words that could be read as the opposite answer', () => {
  table([
    ['没有请假的打算，参加', attend()],
    ['十号下午来不了，要陪评审组去参加项目验收', leave('十号下午，要陪评审组去参加项目验收')],
    ['本来说尽量参加，现在确定去不了，单位那天迎检', leave('现在确定，单位那天迎检')],
    ['截止前回复一下：参加', attend()],
    ['同事小何说她去不了，我是去的', attend()],
    ['我是他爱人，他手机在我这儿，他说常委会他去的，让我帮着回一下', attend()],
  ]);
});

describe('nothing to record, or still to ask', () => {
  table([
    ['参加…还是请假呢，5号说不定要出差，我回头再定', unclear],
    ['上周的座谈会我没去成，补个说明：那天在住院', { kind: 'none' }],
    ['我们界别的小赵两个会都参加，她让我转告一下', unclear],
  ]);

  it('answers whether someone may come instead, before any absence is said, as a question', () => {
    expect(readReply('我要是去不了，能让单位副职代我去吗？')).toEqual({ kind: 'question', topic: 'other' });
    expect(readReply('协商会能派个人替我去吗')).toEqual({ kind: 'question', topic: 'other' });
  });
});

describe('a condition said to hold already', () => {
  table([
    ['如果不下雨就去，天气预报说那天晴天☀️', attend()],
    ['只要那天高铁不停运就来，车票已经买好了', attend()],
    ['如果单位没有临时任务就来，刚问了领导，那天没安排', attend()],
    // (Said not to hold, or not said at all, it is still to ask.)
    ['要是孩子不发烧我就来，孩子还在发烧', unclear],
  ]);
});

describe('a leave thought of, wished by others, or denied', () => {
  table([
    ['本想请假来着，一看是审议营商环境的报告，这个我得来，我提过相关提案', attend()],
    ['我老婆让我周六请假陪她回娘家，我说常委会不能缺，她回她的娘家，我开我的会', attend()],
    ['别给我记成请假啊，我说的是我同事请假，我本人参加', attend()],
    ['嗓子发炎了说话费劲，不过会还是要来的，戴个口罩坐后排', attend()],
    ['明明上周就回了参加，怎么又提醒我😅 再说一遍：参加', attend()],
    ['我能不去吗😂 发言稿还没写呢，压力山大', unclear],
    ['我可以不去吗？那天要出差', leave('那天要出差')],
  ]);
});

describe('a family member asking leave for the member, the meeting named', () => {
  table([['我是委员的爱人，他前天做了阑尾手术还在住院，常委会帮他请个假', leave('他前天做了阑尾手术还在住院')]]);
});

describe('coming, with a part of it not done', () => {
  table([
    ['覅帮我记请假哦，我来个', attend()],
    ['我去 不过这次就不发言了 材料来不及准备', attend('这次就不发言了，材料没准备好')],
  ]);

  it('asks the office whether one may join online, the notice saying nothing of it', () => {
    expect(readReply('可以线上接入吗？腾讯会议的话我没问题，线下实在赶不回来')).toEqual({ kind: 'question', topic: 'other' });
  });
});
