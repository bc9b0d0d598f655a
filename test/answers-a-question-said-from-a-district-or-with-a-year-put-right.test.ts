import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { withTheCityOfAPlace } from '../src/answering/city-of-a-place.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

const ask = (question: string) => app.questions.ask(question);

describe('a member who names only their district or county', () => {
  it('asks about that city’s committee', async () => {
    expect((await ask('郧西的委员 问下市政协23年提案立案多少件')).text).toContain('206件');
    expect((await ask('汉阳这边的 问一下 市政协24年办的民生类提案多少件')).text).toContain('253件');
  });

  it('leaves where in the named city the member is from out of what is asked', async () => {
    expect((await ask('鄢陵的 问下许昌编的那本二十七万多字的文史书叫啥名字')).text).toContain('政协往事');
  });

  it('keeps a place said otherwise, with its city before it, and leaves places of two cities alone', () => {
    const cities = app.kb.cities();
    expect(withTheCityOfAPlace('丹江口那个项目后来怎样了', cities, app.kb.tokenizer)).toBe('十堰丹江口那个项目后来怎样了');
    expect(withTheCityOfAPlace('霸州和禹州哪个政协提案多', cities, app.kb.tokenizer)).toBe('霸州和禹州哪个政协提案多');
  });
});

describe('what the member says of the figure besides the count asked', () => {
  it('reads a year put right after a pause of dots', async () => {
    expect((await ask('常熟政协去年……不对是前年 立案提案多少件')).text).toContain('261件');
  });

  it('does not look for the part the figure is not of', async () => {
    expect((await ask('常熟24年立案提案一共多少件 不是民生类的那个 是全部加起来的')).text).toContain('261件');
  });

  it('gives no figure of the year the member remembers for the year asked', async () => {
    const answer = await ask('十堰政协24年提案立案多少件 我记得23年是206件');
    expect(answer.text).not.toContain('206件');
  });
});
