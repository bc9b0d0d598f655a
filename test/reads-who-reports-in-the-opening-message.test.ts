import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';

describe('the start of a report said with who reports it', () => {
  it.each<[string, string]>([
    ['我以经济界召集人的身份报一条社情民意，内容是界别委员座谈时大家提的', '我是经济界召集人，内容是界别委员座谈时大家提的'],
    ['我是教育界的召集人陈建国，代表我们界别报一条社情民意', '我是教育界的召集人陈建国'],
    ['阿弥陀佛，我是宗教界委员，反映一个森林防火方面的情况', '我是宗教界委员，森林防火方面的情况'],
    ['我想报一条：应该把普惠托育纳入民生实事', '应该把普惠托育纳入民生实事'],
  ])('%s', (text, rest) => {
    expect(readStartPhrase(text)).toEqual({ rest });
  });
});

describe('who reports it, in the forms members use', () => {
  it('takes a convener’s name past the role word', () => {
    expect(extractContact('我是教育界的召集人陈建国')).toMatchObject({ name: '陈建国', sector: '教育', rest: '' });
  });

  it('takes a sector said with 我 alone out of the story', () => {
    expect(extractContact('想报个社情民意，我对外友好界的，景区的英文标识错得离谱')).toMatchObject({ sector: '对外友好', rest: '想报个社情民意，景区的英文标识错得离谱' });
  });

  it('reads 农工 as the party, not as a surname and a title', () => {
    expect(extractContact('谭家富，农工，电话13597638824')).toMatchObject({ name: '谭家富', sector: '农工党', phone: '13597638824', rest: '' });
  });

  it('reads a name given with 俗名叫 and an English Sector label', () => {
    expect(extractContact('我俗名叫丁建华，电话13307198862')).toMatchObject({ name: '丁建华', phone: '13307198862' });
    expect(extractContact('Name: 王煜  Sector: 青联  Tel: 17720381956')).toMatchObject({ name: '王煜', sector: '青联', phone: '17720381956', rest: '' });
  });

  it('leaves a workplace after 我 in the story', () => {
    expect(extractContact('我教育局的朋友说')).toMatchObject({ rest: '我教育局的朋友说' });
    expect(extractContact('我教育局的朋友说').sector).toBeUndefined();
  });
});
