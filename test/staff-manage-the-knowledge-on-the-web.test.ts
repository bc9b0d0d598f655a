import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledge } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { checkHealth } from '../src/web/health.ts';
import { createWebApp } from '../src/web/server.ts';
import { workbenchDepsFrom } from '../src/workbench/deps.ts';
import { yichangReport, YICHANG_FIGURE, YICHANG_QUESTION, YICHANG_REPORT } from './support/knowledge-documents.ts';
import { copyOfKnowledge } from './support/test-app.ts';
import { WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';
import { postFile } from './support/workbench-upload.ts';

let world: WorkbenchWorld;
let staff: WebClient;
let knowledgeDir: string;
const YICHANG_ID = `reports/${YICHANG_REPORT}`;

/** The row of a document in the list, from its id to the end of the row. */
function rowOf(html: string, id: string): string {
  const at = html.indexOf(`<span class="muted">${id}</span>`);
  if (at < 0) return '';
  return html.slice(at, html.indexOf('</tr>', at));
}

async function upload(name: string, bytes: Buffer | string, fields: Record<string, string> = { kind: 'report' }): Promise<Response> {
  return postFile(world.web, staff, '/knowledge/upload', { name, bytes }, fields);
}

async function hitTest(question: string): Promise<string> {
  const response = await staff.post('/knowledge/test', { question });
  expect(response.status).toBe(200);
  return response.text();
}

beforeAll(async () => {
  knowledgeDir = copyOfKnowledge();
  world = await workbenchWorld({ KNOWLEDGE_DIR: knowledgeDir });
  staff = new WebClient(world.web);
  await staff.signInThroughChat(await world.bindStaff());
  await staff.page('/knowledge');
});
afterAll(async () => {
  await world.app.knowledge.settled();
  world.app.close();
});

describe('staff see the knowledge base', () => {
  it('lists the documents with their city, year and passages', async () => {
    const { status, html } = await staff.page('/knowledge');
    expect(status).toBe(200);
    expect(html).toContain('共 <strong>8</strong> 个文档已入库');
    const wuhan = rowOf(html, 'reports/2024-武汉市政协常委会工作报告.txt');
    expect(wuhan).toContain('<td data-label="城市">武汉</td>');
    expect(wuhan).toContain('<td data-label="年度">2024</td>');
    expect(wuhan).toMatch(/<td data-label="分段">[1-9]\d*<\/td>/);
    expect(wuhan).toContain('已入库');
    expect(rowOf(html, 'rules/社情民意信息报送办法（模板）.md')).toContain('<td data-label="类别">规程办法</td>');
    // The progress bar's script is served here, under the CSP's 'self'.
    expect(html).toContain('<script src="/assets/knowledge-progress.js" defer></script>');
    const script = await staff.get('/assets/knowledge-progress.js');
    expect(script.headers.get('content-type')).toContain('javascript');
  });
});

describe('staff upload a document and the bot answers from it at once', () => {
  it('the bot does not know 宜昌 before', async () => {
    const reply = await world.chat('li', '李明').say(YICHANG_QUESTION);
    expect(reply).toContain('没有找到宜昌');
  });

  it('takes a Word file, indexes it with progress, and the chat answer cites it', async () => {
    const uploaded = await upload(YICHANG_REPORT, await yichangReport());
    expect(uploaded.status).toBe(303);
    expect(uploaded.headers.get('location')).toBe('/knowledge?done=uploaded');
    expect(existsSync(path.join(knowledgeDir, YICHANG_ID))).toBe(true);
    await world.app.knowledge.settled();

    const progress = await (await staff.get('/knowledge/progress')).json();
    expect(progress).toMatchObject({ state: 'done', total: 9, done: 9 });
    expect(progress.reason).toBe('赵秘书 上传《宜昌市政协常委会工作报告》');
    expect(progress.summary).toContain('新增 1 个');

    const { html } = await staff.page('/knowledge?done=uploaded');
    expect(html).toContain('文档已上传，索引的更新情况见下方。');
    expect(html).toContain('索引已于');
    const row = rowOf(html, YICHANG_ID);
    expect(row).toContain('<td data-label="城市">宜昌</td>');
    expect(row).toContain('<td data-label="年度">2025</td>');
    expect(row).toContain('已入库');

    const reply = await world.chat('li', '李明').say(YICHANG_QUESTION);
    expect(reply).toContain(YICHANG_FIGURE);
    expect(reply).toContain('《宜昌市政协常委会工作报告》');

    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'knowledge.upload' });
    expect(entry).toMatchObject({ actor: '赵秘书', target: YICHANG_ID, detail: '上传《宜昌市政协常委会工作报告》（城市 宜昌，年度 2025，3 个分段）' });
  });

  it('shows in the hit test the passages with their scores and the answer, without logging the question', async () => {
    const logged = (await world.app.storage.questionLog.list()).length;
    const html = await hitTest(YICHANG_QUESTION);
    expect(html).toContain('助手的回答');
    expect(html).toMatch(new RegExp(`data-answer>[^<]*${YICHANG_FIGURE}`));
    expect(html).toContain('<strong>《宜昌市政协常委会工作报告》</strong>');
    expect(html).toMatch(/得分 <strong data-score>0\.\d{4}<\/strong>/);
    expect(html).toContain('回答引用');
    // The question stays in the posted form: never in a URL or the question log.
    expect(html).toContain(`value="${YICHANG_QUESTION}"`);
    expect((await world.app.storage.questionLog.list()).length).toBe(logged);
    const declined = await hitTest('今天天气怎么样？');
    expect(declined).toContain('未回答');
  });

  it('refuses a second file of the same name unless asked to replace it', async () => {
    const again = await upload(YICHANG_REPORT, await yichangReport());
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('已有同名文档');
    const replaced = await upload(YICHANG_REPORT, await yichangReport(), { kind: 'report', replace: 'yes' });
    expect(replaced.status).toBe(303);
    await world.app.knowledge.settled();
    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'knowledge.upload' });
    expect(entry!.detail).toMatch(/^替换《宜昌市政协常委会工作报告》/);
  });

  it('converts a GBK text file (as Notepad saves it) to UTF-8, and files a 规程办法 under rules/', async () => {
    const gbk = readFileSync('test/fixtures/members/committee-gbk.csv');
    expect(gbk.toString('utf8')).not.toContain('冯丽华');
    const response = await upload('委员名单说明.txt', gbk, { kind: 'rule' });
    expect(response.status).toBe(303);
    await world.app.knowledge.settled();
    expect(readFileSync(path.join(knowledgeDir, 'rules/委员名单说明.txt'), 'utf8')).toContain('冯丽华');
    expect(rowOf((await staff.page('/knowledge')).html, 'rules/委员名单说明.txt')).toContain('<td data-label="类别">规程办法</td>');
  });
});

describe('uploads are checked before anything is written', () => {
  const cases: Array<[string, string, Buffer | string, string]> = [
    ['a text file named .docx', '假文档.docx', '这不是 Word 文件', '不是有效的 Word 文档'],
    ['another zip named .docx', '压缩包.docx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100)]), '不是有效的 Word 文档'],
    ['an old .doc renamed', '旧文档.docx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]), '旧的 .doc 文件'],
    ['a text file named .pdf', '假文档.pdf', 'hello', '不是有效的 PDF'],
    ['a binary file named .txt', '二进制.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]), '不是纯文本'],
    ['a type the knowledge base does not read', '表格.xlsx', 'PK', '只能上传 .txt、.md、.docx、.pdf'],
    ['a name reaching out of the folder', '../../etc/passwd', 'root', '只能上传'],
    ['a document without text', '空白.md', '#\n\n', '文档无法读取'],
  ];
  for (const [what, name, bytes, problem] of cases) {
    it(`refuses ${what}`, async () => {
      const before = world.app.knowledge.report;
      const response = await upload(name, bytes);
      expect(response.status).toBe(422);
      expect(await response.text()).toContain(problem);
      expect(world.app.knowledge.report).toBe(before);
    });
  }

  it('refuses a body over the limit before reading it, and a form without a file', async () => {
    const big = await upload('很大的报告.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('内容过大');
    const none = await staff.post('/knowledge/upload', { kind: 'report' });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('请选择要上传的文档');
    expect(existsSync(path.join(knowledgeDir, 'reports/很大的报告.pdf'))).toBe(false);
  });

  it('refuses a form from another site', async () => {
    const forged = await postFile(world.web, Object.assign(new WebClient(world.web, 'https://evil.example'), { cookie: staff.cookie, csrf: staff.csrf }), '/knowledge/upload', { name: '外站.txt', bytes: '外站的内容' }, { kind: 'report' });
    expect(forged.status).toBe(403);
    expect(existsSync(path.join(knowledgeDir, 'reports/外站.txt'))).toBe(false);
  });
});

describe('staff remove a document and re-index', () => {
  it('asks once more, then removes it; the bot stops citing it', async () => {
    const ask = await staff.post('/knowledge/remove', { doc: YICHANG_ID });
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('确定删除《宜昌市政协常委会工作报告》');
    expect(existsSync(path.join(knowledgeDir, YICHANG_ID))).toBe(true);

    const removed = await staff.post('/knowledge/remove', { doc: YICHANG_ID, confirm: 'yes' });
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe('/knowledge?done=removed');
    expect(existsSync(path.join(knowledgeDir, YICHANG_ID))).toBe(false);
    await world.app.knowledge.settled();
    expect(rowOf((await staff.page('/knowledge')).html, YICHANG_ID)).toBe('');
    expect(await world.chat('wang', '王五').say(YICHANG_QUESTION)).toContain('没有找到宜昌');
    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'knowledge.remove' });
    expect(entry).toMatchObject({ actor: '赵秘书', target: YICHANG_ID, detail: '删除《宜昌市政协常委会工作报告》' });
  });

  it('removes only documents of the folder', async () => {
    for (const doc of ['../package.json', 'reports/../../package.json', 'cleaning-rules.json']) {
      expect((await staff.post('/knowledge/remove', { doc, confirm: 'yes' })).status).toBe(404);
    }
    expect(existsSync(path.join(knowledgeDir, 'cleaning-rules.json'))).toBe(true);
  });

  it('re-indexes every document with the progress shown, and records who did it', async () => {
    const started = await staff.post('/knowledge/reindex', { mode: 'all' });
    expect(started.status).toBe(303);
    const running = await (await staff.get('/knowledge/progress')).json();
    expect(['running', 'done']).toContain(running.state);
    expect(running.reason).toBe('赵秘书 重建全部索引');
    await world.app.knowledge.settled();
    const done = await (await staff.get('/knowledge/progress')).json();
    expect(done.state).toBe('done');
    expect(done.summary).toContain('全部重建');
    expect(done.done).toBe(done.total);
    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'knowledge.reindex' });
    expect(entry).toMatchObject({ actor: '赵秘书', detail: '全部重建索引' });
  });
});

describe('`liaison web` loads the knowledge base on the first knowledge page', () => {
  it('opens it once, when first needed, and says the running bot takes changes up on restart', async () => {
    let opened = 0;
    const log = silentLogger();
    const { app } = world;
    const web = createWebApp({
      health: () => checkHealth({ phase: () => 'running', channels: () => ({}), storage: app.storage.status }),
      metrics: app.metrics,
      log,
      workbench: workbenchDepsFrom({
        storage: app.storage,
        access: app.access,
        config: app.config,
        now: app.now,
        log,
        knowledge: () => {
          opened++;
          return openKnowledge(app.config, app.storage, log);
        },
      }),
    });
    const alone = Object.assign(new WebClient(web), { cookie: staff.cookie, csrf: staff.csrf });
    expect((await alone.get('/members')).status).toBe(200);
    expect(opened).toBe(0);
    const page = await alone.page('/knowledge');
    expect(page.status).toBe(200);
    expect(page.html).toContain('运行中的机器人在下次启动后用新文档回答');
    expect(await (await alone.post('/knowledge/test', { question: '社情民意信息怎么报送？' })).text()).toContain('《社情民意信息报送办法');
    expect(opened).toBe(1);
  });
});
