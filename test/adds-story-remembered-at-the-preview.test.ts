import { describe, expect, it } from 'vitest';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';

const draft = { situation: '檀溪路小学门口的那条路，家长车辆乱停', suggestion: '最好能在学校旁边的空地上划一片临时停车区', name: '王海燕', sector: '民进', phone: '15907193328' };

describe('more of the story remembered at the preview', () => {
  it('goes on the situation', async () => {
    const update = await applyText(draft, 'signed', '对了，那条路上还有一个井盖是松的，车压过去咣当响，上个月有个骑电动车的就在那摔了', new RuleExtractor());
    expect(update.fields?.situation).toContain('井盖是松的');
    expect(update.fields?.suggestion).toBe(draft.suggestion);
  });

  it('leaves out another matter the member will report on its own', async () => {
    const update = await applyText(draft, 'signed', '另外小区门口垃圾站的问题太臭了，这个我下次单独报', new RuleExtractor());
    expect(update.fields?.situation ?? draft.situation).not.toContain('垃圾站');
  });
});
