import { describe, expect, it } from 'vitest';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { isKnowledgeQuestion } from '../src/opinions/dialog/intents.ts';
import { readPreviewEdit } from '../src/opinions/dialog/preview-edits.ts';

const draft = {
  title: '关于整治老旧小区外墙悬挂物的建议',
  situation: '城南新村那一片的老楼，空调外机架锈得厉害，今年掉下来3回，有一回砸坏了楼下的车。',
  suggestion: '建议街道排查外墙悬挂物 困难户给补贴 物业也要管起来',
};

describe('a word or a figure of the text put right at the preview', () => {
  it.each([
    ['是城北新村，不是城南新村', '城北新村那一片'],
    ['地方说错了 是城南新村东区那一片 不是城南新村', '城南新村东区那一片的老楼'],
    ['不是城南新村是城东新村', '城东新村'],
    ['写成城南了，应该是城西', '城西新村'],
    ['次数写少了，应该是今年掉下来5回', '今年掉下来5回'],
    ['掉下来是4回不是3回', '掉下来4回'],
  ])('%s', (said, expected) => {
    expect(readPreviewEdit(draft, said)?.situation).toContain(expected);
  });

  it('leaves the text alone when a phone number is said again', () => {
    expect(readPreviewEdit(draft, '电话最后一位错了，是13872010001')?.situation ?? draft.situation).toBe(draft.situation);
  });

  it('does not undo a figure put right with the one denied', () => {
    expect(readPreviewEdit(draft, '时间写错了，是今年掉下来4回的，不是3回')?.situation).toContain('4回');
  });

  it('deletes the last sentence of voice text set off by spaces', () => {
    expect(readPreviewEdit(draft, '建议最后一句删掉')?.suggestion).toBe('建议街道排查外墙悬挂物 困难户给补贴');
  });

  it('takes a second new title said with 还是', () => {
    expect(readPreviewEdit(draft, '还是改成：关于排查城南老楼外墙隐患的建议')?.title).toBe('关于排查城南老楼外墙隐患的建议');
  });
});

describe('giving up, said with more around it', () => {
  it.each(['等下 算了，我还是先不反映了，回头再说', '问了物业，说下周就挪走，那就不用反映了，撤了吧', '那我再考虑考虑，这次先取消吧', '算了 我再核实一下 这个先取消吧'])('%s', (said) => {
    expect(isCancel(said)).toBe(true);
  });

  it('is not a story that tells of something cancelled', () => {
    expect(isCancel('这次取消的航班很多，老人滞留在机场')).toBe(false);
    expect(isCancel('放弃治疗的人越来越多')).toBe(false);
  });
});

describe('a question about signing, asked while the story is asked for', () => {
  it('is put to the bot, not taken for consent or story', () => {
    expect(isKnowledgeQuestion('不署名的话会不会就不采用了？', 'situation')).toBe(true);
    expect(isKnowledgeQuestion('这个要实名吗', 'situation')).toBe(true);
    expect(isKnowledgeQuestion('匿名吧，不要写我名字', 'situation')).toBe(false);
  });
});
