import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../src/answering/curated-answers.ts';
import { WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';

let world: WorkbenchWorld;
let staff: WebClient;
const HOW_TO_WRITE = '提案应当一事一案，写明案由、情况分析和具体建议，格式见市政协提案工作条例。';
const at = (text: string) => new Date(`${text}+08:00`);

/** The questions a page of the log lists, in order. */
function questionsOn(html: string): string[] {
  return [...html.matchAll(/<td data-label="问题">([^<]*)/g)].map((m) => m[1]!.trim());
}

/** What each group on the declined page says: count and question. */
function groupsOn(html: string): { count: number; question: string }[] {
  return [...html.matchAll(/<p class="group-count"><strong>(\d+)<\/strong> 次[\s\S]*?<h2 id="g\d+-q">([^<]*)<\/h2>/g)].map((m) => ({ count: Number(m[1]), question: m[2]! }));
}

beforeAll(async () => {
  world = await workbenchWorld({ RATE_LIMIT_USER_PER_MINUTE: '1000' });
  // 25 older questions, for paging and the date filter: May 2026, one a day.
  for (let i = 1; i <= 25; i++) {
    const day = String(i).padStart(2, '0');
    await world.app.storage.questionLog.record({ askedAt: at(`2026-05-${day}T10:00:00`), asker: 'telegram:555000111:555000111', question: `五月的问题${i}`, resolved: `五月的问题${i}`, followUp: false, outcome: i % 5 === 0 ? 'declined' : 'answered' });
  }
  // 张三 is bound and asks in private and in a group; someone unbound asks twice.
  const zhang = world.chat('zhang', '张三');
  expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功');
  expect(await zhang.say('十堰市政协党组向市委请示报告了多少次？')).toContain('16次');
  await zhang.say('提案怎么写');
  await zhang.say('小助手 提案咋写', { chatId: 'room-1', isGroup: true });
  const guest = world.chat('guest-account-123', '路人');
  await guest.say('提案应该怎么写？');
  await guest.say('怎么当上政协委员');
  staff = new WebClient(world.web);
  await staff.signInThroughChat(await world.bindStaff());
});
afterAll(() => world.app.close());

describe('staff read what members asked', () => {
  it('lists every question newest first with who asked, the outcome and every source cited', async () => {
    const { status, html } = await staff.page('/questions');
    expect(status).toBe(200);
    expect(html).toContain('共 <strong>30</strong> 个问题');
    expect(questionsOn(html).slice(0, 5)).toEqual(['怎么当上政协委员', '提案应该怎么写？', '小助手 提案咋写', '提案怎么写', '十堰市政协党组向市委请示报告了多少次？']);
    // A bound member by name (in a group too), an unbound account only partly.
    expect(html).toContain('张三（控制台）');
    expect(html).toContain('张三（控制台群聊）');
    expect(html).toContain('控制台用户 gue***23');
    expect(html).not.toContain('guest-account-123');
    // The registry binds 周八's Telegram id on import: his May questions carry his name.
    expect(html).toContain('周八（Telegram）');
    expect(html).toMatch(/<td data-label="结果"><span class="badge badge-done">已回答<\/span><\/td>\s*<td data-label="出处">《[^》]+》/);
    expect(html).toContain('<span class="badge badge-new">未答上</span>');
  });

  it('pages twenty at a time with links that carry only the filters', async () => {
    const first = await staff.page('/questions');
    expect(first.html).toContain('第 1 / 2 页');
    expect(first.html).toContain('href="/questions?page=2"');
    const second = await staff.page('/questions?page=2');
    expect(questionsOn(second.html)).toHaveLength(10);
    expect(questionsOn(second.html).at(-1)).toBe('五月的问题1');
    // Past the end: the last page.
    expect(questionsOn((await staff.page('/questions?page=9')).html)).toHaveLength(10);
  });

  it('filters by outcome and by dates in China time, both days included', async () => {
    const declined = await staff.page('/questions?outcome=declined');
    expect(declined.html).toContain('共 <strong>9</strong> 个问题');
    const may = await staff.page('/questions?outcome=declined&from=2026-05-05&to=2026-05-15');
    expect(questionsOn(may.html)).toEqual(['五月的问题15', '五月的问题10', '五月的问题5']);
    expect(questionsOn((await staff.page('/questions?outcome=answered&from=2026-05-01&to=2026-05-02')).html)).toEqual(['五月的问题2', '五月的问题1']);
    const bad = await staff.page('/questions?from=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('起始日期“2026-02-30”无效');
  });
});

describe('staff answer what the bot could not', () => {
  it('groups the declined questions by similarity, most asked first', async () => {
    const { html } = await staff.page('/questions/declined?from=2026-06-01');
    const groups = groupsOn(html);
    expect(groups[0]).toEqual({ count: 3, question: '提案应该怎么写？' });
    expect(groups.map((g) => g.count)).toEqual([3, 1]);
    expect(html).toContain('也问作：');
    expect(html).toContain('其中 2 组尚无工作人员答复');
    // With the May ones: five more one-off groups.
    expect(groupsOn((await staff.page('/questions/declined')).html)).toHaveLength(7);
  });

  it('writes a staff answer from a group; the bot gives it for a near question, cited with its date', async () => {
    const { html } = await staff.page('/questions/declined?from=2026-06-01');
    const question = /id="g1-question" name="question" maxlength="200" value="([^"]*)"/.exec(html)![1]!;
    const saved = await staff.post('/questions/answers', { question, answer: HOW_TO_WRITE });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/questions/answers?done=added');
    const list = await staff.page(saved.headers.get('location')!);
    expect(list.html).toContain('答复已保存');
    expect(list.html).toContain(`问：${question}`);
    expect(list.html).toContain(`第 1 条 · ${chinaDate(new Date())} · 赵秘书`);

    const [entry] = await world.app.storage.audit.list({ limit: 1 });
    expect(entry).toMatchObject({ actor: '赵秘书', action: 'answers.add', target: '第 1 条', detail: `问：${question}` });

    const reply = await world.chat('li', '李四').say('请问提案要怎么写');
    expect(reply).toContain(HOW_TO_WRITE);
    expect(reply).toContain(`[1] 工作人员答复（${chinaDate(new Date())}）`);
    const log = await staff.page('/questions?outcome=curated');
    expect(questionsOn(log.html)).toEqual(['请问提案要怎么写']);
    expect(log.html).toContain(`工作人员答复（第 1 条，${chinaDate(new Date())}）`);
    // The group now shows the answer that covers it.
    const declined = await staff.page('/questions/declined?from=2026-06-01');
    expect(declined.html).toContain('已有工作人员答复');
    expect(declined.html).toContain('其中 1 组尚无工作人员答复');
  });

  it('says when a new answer overrides an older one for about the same question', async () => {
    const saved = await staff.post('/questions/answers', { question: '请问提案应该怎么写', answer: `${HOW_TO_WRITE}（修订）` });
    expect(saved.headers.get('location')).toBe('/questions/answers?done=added&near=1');
    expect((await staff.page(saved.headers.get('location')!)).html).toContain('与已有的第 1 条问题相近');
  });

  it('refuses an empty answer and keeps what was typed', async () => {
    const refused = await staff.post('/questions/answers', { question: '政协委员怎么产生', answer: ' ' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('请同时填写问题和答复');
    expect(html).toContain('value="政协委员怎么产生"');
    expect(await world.app.storage.curatedAnswers.list()).toHaveLength(2);
  });

  it('removes an answer, recorded with who removed it; the bot stops giving it', async () => {
    expect((await staff.post('/questions/answers/2/remove', {})).status).toBe(303);
    expect((await staff.post('/questions/answers/1/remove', {})).status).toBe(303);
    expect((await staff.page('/questions/answers?done=removed')).html).toContain('还没有工作人员答复');
    const [entry] = await world.app.storage.audit.list({ limit: 1 });
    expect(entry).toMatchObject({ actor: '赵秘书', action: 'answers.remove', target: '第 1 条' });
    expect(await world.chat('li', '李四').say('提案怎么写')).not.toContain(HOW_TO_WRITE);
    expect((await staff.post('/questions/answers/1/remove', {})).status).toBe(404);
  });

  it('escapes what members typed', async () => {
    await world.chat('wang', '王五').say('<script>alert(1)</script>怎么办');
    const { html } = await staff.page('/questions');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
