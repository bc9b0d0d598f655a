import { describe, expect, it } from 'vitest';
import { looksLikeStory } from '../src/opinions/intake/start-phrase.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { createApp } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';

describe('a report told over bubbles without a start phrase', () => {
  it('offers a voice-typed story of a road broken by trucks as a report', () => {
    expect(looksLikeStory('喂 我跟你说个事啊 我们郧阳区茶店镇柳林村那个通村公路 去年才修的水泥路 现在被拉石头的大车压得稀烂 坑坑洼洼的 下雨天全是泥巴水')).toBe(true);
  });

  it('takes more of the story, sent instead of a yes to the offer, as a yes', async () => {
    const app = await createApp(testConfig(), silentLogger());
    try {
      const member = new ChatDriver(() => app, 'offer-1');
      expect(await member.say('茅箭区大川镇到东沟村的路边，这半年被人乱倒了好多建筑垃圾，大概有10多处，有的堆了两三米高')).toContain('作为社情民意提交');
      const next = await member.say('都是晚上拉过来偷倒的，占了耕地，下雨还往沟里冲');
      expect(next).not.toContain('没有找到');
      expect(next).toMatch(/意见建议|建议/u);
    } finally {
      app.close();
    }
  });
});
