import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { indexPaths, readJson, type Manifest } from '../../knowledge/index-files.ts';
import { openStorage } from '../../storage/open-store.ts';

export type CheckState = 'ok' | 'warn' | 'fail' | 'off';

export interface CheckResult {
  name: string;
  state: CheckState;
  detail: string;
}

const REQUEST_TIMEOUT_MS = 5000;

export function checkKnowledge(config: Config): CheckResult {
  const name = '知识库';
  if (!existsSync(config.knowledgeDir)) return { name, state: 'fail', detail: `目录不存在：${config.knowledgeDir}` };
  const documents = countFiles(config.knowledgeDir, /\.(txt|md|docx|pdf)$/i);
  if (documents === 0) return { name, state: 'fail', detail: `${config.knowledgeDir} 中没有可读取的文档（txt/md/docx/pdf）` };
  const manifest = readJson<Manifest>(indexPaths(config.dataDir).manifest);
  if (!manifest) return { name, state: 'warn', detail: `${documents} 个文档，索引尚未建立（首次启动时自动建立，也可运行 liaison ingest）` };
  const chunks = Object.values(manifest.files).reduce((sum, f) => sum + f.chunkIds.length, 0);
  return { name, state: 'ok', detail: `${documents} 个文档，索引 ${Object.keys(manifest.files).length} 个文档 / ${chunks} 个分块（嵌入：${manifest.embeddingModel}）` };
}

export async function checkDatabase(config: Config): Promise<CheckResult> {
  const name = '数据库';
  try {
    const storage = openStorage(config);
    try {
      const s = await storage.status.summary();
      return { name, state: 'ok', detail: `${path.join(config.dataDir, 'liaison.db')}（结构版本 ${s.schemaVersion}，社情民意 ${s.opinions} 条，会议通知 ${s.notices} 条，待发消息 ${s.pendingMessages} 条）` };
    } finally {
      storage.close();
    }
  } catch (error) {
    return { name, state: 'fail', detail: `无法打开：${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function checkModel(config: Config): Promise<CheckResult> {
  const name = '大模型';
  if (!config.llm) return { name, state: 'off', detail: '未配置，使用离线抽取式回答' };
  const base = (config.llm.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  const result = await probe(`${base}/models`, { authorization: `Bearer ${config.llm.apiKey}` });
  return result.ok
    ? { name, state: 'ok', detail: `${base} 可访问（对话模型 ${config.llm.chatModel}${config.embeddings.kind === 'openai' ? `，嵌入模型 ${config.embeddings.model}` : '，离线嵌入'}）` }
    : { name, state: 'fail', detail: `${base} 不可用：${result.reason}。回答会自动改用离线方式。` };
}

export async function checkTelegram(config: Config): Promise<CheckResult> {
  const name = 'Telegram';
  if (!config.telegram) return { name, state: 'off', detail: '未配置（TELEGRAM_BOT_TOKEN 为空）' };
  const root = (config.telegram.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const result = await probe(`${root}/bot${config.telegram.token}/getMe`, {});
  const mode = config.telegram.webhookUrl ? `Webhook ${config.telegram.webhookUrl}` : '长轮询';
  return result.ok ? { name, state: 'ok', detail: `令牌有效，${mode}` } : { name, state: 'fail', detail: `${root} 验证失败：${result.reason}` };
}

export function checkWechat(config: Config): CheckResult {
  const name = '微信';
  if (!config.wechat) return { name, state: 'off', detail: '未配置（WECHATY_PUPPET 为空）' };
  const { puppet, puppetToken, rooms } = config.wechat;
  try {
    createRequire(import.meta.url).resolve(puppet);
  } catch {
    return { name, state: 'fail', detail: `找不到 puppet 包 ${puppet}，请先 npm install ${puppet}` };
  }
  if (puppet === 'wechaty-puppet-service' && !puppetToken) return { name, state: 'fail', detail: '使用 wechaty-puppet-service 需要设置 WECHATY_PUPPET_SERVICE_TOKEN' };
  const roomNote = rooms.length ? `允许的群：${rooms.join('、')}` : '未设置允许的群（WECHAT_ROOMS），群里不会回应';
  return { name, state: rooms.length ? 'ok' : 'warn', detail: `puppet ${puppet} 已安装；${roomNote}；启动后扫码登录` };
}

async function probe(url: string, headers: Record<string, string>): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    return response.ok ? { ok: true } : { ok: false, reason: `HTTP ${response.status}` };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, reason: timedOut ? '连接超时' : '无法连接' };
  }
}

function countFiles(dir: string, pattern: RegExp): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countFiles(path.join(dir, entry.name), pattern);
    else if (pattern.test(entry.name)) count++;
  }
  return count;
}
