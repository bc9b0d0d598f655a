import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('the member’s own lines and their offer to be called, said inside the telling', () => {
  it('takes the offer said right after the number out of the story', () => {
    const read = extractContact('菜市场门口那段路 我手机13872215566有什么问题随时问我 一下雨就积水半尺深');
    expect(read.phone).toBe('13872215566');
    expect(read.rest).not.toContain('随时问我');
    expect(read.rest).toContain('一下雨就积水半尺深');
  });

  it('keeps the mobile when a desk line is offered beside it, and leaves neither in the story', () => {
    const read = extractContact('有啥问题可以打我单位座机0719-8234567 或者手机15872246677 我是农工党的余红');
    expect(read.phone).toBe('15872246677');
    expect(read.rest).not.toMatch(/0719|座机|或者/u);
  });

  it('drops remarks on how to reach the member: the same number on WeChat, texting when calls go unanswered', () => {
    const read = extractFields('我反映一下老城区公厕夜里锁门的问题，好几个公厕晚上九点就锁了，环卫工人说是怕有人睡在里面。我电话13907125588，微信同号，白天上课接不了电话。建议公厕二十四小时开放。');
    expect(read.situation).not.toMatch(/微信同号|接不了电话/u);
    expect(read.situation).toContain('晚上九点就锁了');
  });
});

describe('a number the member called in the story is the place’s, not theirs', () => {
  it('stays in the story while the member’s own number is their contact', () => {
    const read = extractContact('医保窗口贴了个条让拨打0719-8865432咨询，打了一上午没人接。我手机13545671234');
    expect(read.phone).toBe('13545671234');
    expect(read.rest).toContain('0719-8865432');
  });
});
