import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { categoryOfTheMatter } from '../src/answering/category-asked.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('which category a member’s matter goes under', () => {
  it.each([
    ['traffic at a school gate', '我想反映学校门口早高峰堵车的事 类别该填哪个', '城乡建设'],
    ['elderly people living alone', '独居老人没人照看 报社情民意归哪一类', '民生保障'],
    ['a neighbourhood’s management company, between two options the member names', '物业乱收费的事 类别是选民生保障还是城乡建设', '社会治理'],
    ['medicine sold past its date, asked which one it is put under', '小区门口药店卖过期药，这事报上去分到哪一类', '医疗卫生'],
    ['medicine told with a rough count (好几家) and a word of the rules on binding (过期)', '县里好几家药房卖过期药 这个写出来归哪一类', '医疗卫生'],
    ['snacks with no maker’s label making children ill, near a school', '幼儿园边上的小店卖三无零食 好几个娃吃了拉肚子 这个报上去归哪一类', '医疗卫生'],
    ['asked as which one to tap while choosing', '想反映小区里群租房扰民的事 选类别那一步不知所措 该点哪个', '社会治理'],
  ])('answers %s with the rules’ item for it', async (_, question, category) => {
    expect((await app.questions.ask(question)).text).toMatch(new RegExp(`^（[一二三四五六七]）${category}：`, 'u'));
  });

  it('answers a doubt about the category with the rule for an unsure one', async () => {
    expect((await app.questions.ask('类别拿不准选哪个'))).toMatchObject({ answered: true, text: expect.stringContaining('按内容调整类别') });
  });

  it('reads the matter only when the category is asked', () => {
    expect(categoryOfTheMatter('物业乱收费的事怎么反映')).toBeUndefined();
  });
});
