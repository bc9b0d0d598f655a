import { describe, expect, it } from 'vitest';
import { readIntent } from '../src/opinions/dialog/intents.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('others named in the story, with their numbers', () => {
  it('leaves a post holder’s name and number in brackets in the story', () => {
    const fields = extractFields('镇卫生院的李院长（李春华，13907196655）跟我说夜里没有医生值班。建议县卫健局派人轮岗。我是九三学社的邓立，电话 15872091234');
    expect(fields).toMatchObject({ name: '邓立', sector: '九三学社', phone: '15872091234' });
    expect(fields.situation).toContain('李春华，13907196655');
  });

  it('still reads the member named in brackets after their post', () => {
    expect(extractContact('我们郑主任（郑红，政协委员，妇联的）让我把材料发过来').name).toBe('郑红');
  });

  it('leaves a number said after a pause behind a post holder in the story', () => {
    const fields = extractFields('镇里让打分管的宣传部长吴斌电话，13986819999，打了三天没人接。建议区里明确专人负责。');
    expect(fields.phone).toBeUndefined();
    expect(fields.situation).toContain('13986819999');
  });
});

describe('an introduction that goes on', () => {
  it('takes the sector said further on in the sentence', () => {
    expect(extractContact('我叫黎明退休前在市二中当老师现在是无党派 我们住的老小区没有电梯')).toMatchObject({ name: '黎明', sector: '无党派人士' });
  });

  it('takes the sector after the member’s title', () => {
    expect(extractContact('门都锁着 我是宋建民 政协委员 社会保障界的 我去看了五个点')).toMatchObject({ name: '宋建民', sector: '社会福利和社会保障' });
  });

  it('takes the name after 叫 out of a voice-typed opening, keeping what the member does', () => {
    expect(extractContact('我是宜都的柑橘种植户也是市政协委员农业界的叫周长林今年柑橘价格掉到了四五毛钱一斤')).toEqual({
      name: '周长林',
      sector: '农业',
      rest: '我是宜都的柑橘种植户今年柑橘价格掉到了四五毛钱一斤',
    });
    expect(extractContact('我是民盟的叫王丽我们学校门口天天堵车')).toEqual({ name: '王丽', sector: '民盟', rest: '我们学校门口天天堵车' });
  });

  it('reads a sector said with the member’s title before it', () => {
    expect(extractContact('我是宜都的柑橘种植户，也是市政协委员农业界的，叫周长林，今年柑橘大丰收').sector).toBe('农业');
  });

  it('takes a byline opening the message', () => {
    expect(extractContact('孙建平反映：物流园周边没有货车停车场')).toEqual({ name: '孙建平', rest: '物流园周边没有货车停车场' });
  });

  it('reads a contact line with the name spelled out or a number still being typed', () => {
    expect(extractContact('我是方正 方向的方 正确的正 共青团的')).toEqual({ name: '方正', sector: '共青团', rest: '' });
    expect(extractContact('体育界 邱文杰 电话189')).toEqual({ name: '邱文杰', sector: '体育', rest: '' });
  });
});

describe('asking the bot to report it', () => {
  it('is the member’s own report when said as 帮我报, with the rest kept', () => {
    expect(readIntent('以上是我写的材料，你帮我报一下，我是文化艺术界的，署名')).toEqual({ kind: 'start', rest: '以上是我写的材料，我是文化艺术界的，署名' });
    expect(readIntent('我替我们支部的老杨报一条').kind).toBe('start');
  });
});
