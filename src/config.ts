import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

/** The only module that reads the environment: everything else receives a `Config`. */

const optionalText = z.string().trim().optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const nonNegativeInt = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'yes', 'on'].includes(value));
/** Comma- or newline-separated (，、 too, as Chinese keyboards type them). */
const list = z
  .string()
  .default('')
  .transform((value) => value.split(/[,，、\n]/).map((item) => item.trim()).filter((item) => item !== ''));

const envSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  KNOWLEDGE_DIR: z.string().trim().min(1).default('./knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOT_NAME: z.string().trim().min(1).default('政协委员履职助手'),
  MAX_MESSAGE_CHARS: positiveInt(2000),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z.url().optional(),
  CHAT_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: positiveInt(20000),
  LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.1),
  EMBEDDING_MODEL: optionalText,
  EMBEDDING_DIMENSIONS: z.coerce.number().int().positive().optional(),
  OPINION_DRAFT_TTL_HOURS: z.coerce.number().positive().default(72),
  NOTICE_REMINDER_HOURS: z
    .string()
    .default('24,2')
    .transform((value) => value.split(/[,，、\s]+/).filter(Boolean).map(Number))
    .refine((hours) => hours.every((h) => Number.isFinite(h) && h > 0), '应为逗号分隔的正数小时数，如 24,2'),
  STAFF_IDS: list,
  RATE_LIMIT_USER_PER_MINUTE: positiveInt(8),
  RATE_LIMIT_ROOM_PER_MINUTE: positiveInt(30),
  WEB_ENABLED: flag(true),
  WEB_HOST: z.string().trim().min(1).default('127.0.0.1'),
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  WORKBENCH_URL: z.url().optional(),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: z.url().optional(),
  TELEGRAM_WEBHOOK_URL: z.url().optional(),
  TELEGRAM_WEBHOOK_PORT: positiveInt(8443),
  TELEGRAM_SENDS_PER_SECOND: positiveInt(20),
  WECHATY_PUPPET: optionalText,
  WECHATY_PUPPET_SERVICE_TOKEN: optionalText,
  WECHATY_PUPPET_SERVICE_ENDPOINT: optionalText,
  WECHATY_NAME: z.string().trim().min(1).default('member-liaison-bot'),
  WECHAT_ROOMS: list,
  WECHAT_WAKE_WORDS: list,
  WECHAT_ACCEPT_FRIENDS: flag(false),
  WECHAT_SEND_INTERVAL_MS: nonNegativeInt(1500),
  WECHAT_SEND_JITTER_MS: nonNegativeInt(1500),
  WECHAT_MAX_CHARS: positiveInt(1500),
  BACKUP_DIR: optionalText,
  BACKUP_KEEP_DAYS: positiveInt(14),
  BACKUP_HOUR: z.coerce.number().int().min(0).max(23).default(2),
});

export interface TelegramConfig {
  token: string;
  /** A self-hosted Bot API server, or an emulator in tests. */
  apiRoot?: string;
  /** Webhook instead of long polling when set. */
  webhookUrl?: string;
  webhookPort: number;
  /** Pace of messages the bot starts (notices, reminders); Telegram allows about 30 a second. */
  sendsPerSecond: number;
}

export interface WechatConfig {
  /** Puppet package name, e.g. wechaty-puppet-wechat4u, wechaty-puppet-service. */
  puppet: string;
  puppetToken?: string;
  puppetEndpoint?: string;
  /** Session name: the login is kept in <name>.memory-card.json under DATA_DIR. */
  name: string;
  /** Room topics or ids the bot listens in; none means no group at all. */
  rooms: string[];
  /** A group message starting with one of these is addressed to the bot, like an @-mention. */
  wakeWords: string[];
  acceptFriends: boolean;
  /** Outgoing pace: at least `sendIntervalMs` plus up to `sendJitterMs` random between messages. */
  sendIntervalMs: number;
  sendJitterMs: number;
  /** Longer replies are split at sentence boundaries. */
  maxChars: number;
}

export interface LlmConfig {
  apiKey: string;
  baseUrl?: string;
  chatModel: string;
  timeoutMs: number;
  temperature: number;
}

export type EmbeddingConfig =
  | { kind: 'local' }
  | { kind: 'openai'; apiKey: string; baseUrl?: string; model: string; dimensions?: number; timeoutMs: number };

/** The daily copy of the database the running bot makes (see storage/daily-backup.ts). */
export interface BackupConfig {
  /** Where backups go; DATA_DIR/backups unless BACKUP_DIR says otherwise. */
  dir: string;
  /** Backups older than this are deleted, though the newest three always stay. */
  keepDays: number;
  /** Hour of the day, China time (0–23), from which the day's backup is due. */
  hour: number;
}

export interface Config {
  dataDir: string;
  knowledgeDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  botName: string;
  maxMessageChars: number;
  /** null: no model configured, the offline extractive answerer is used. */
  llm: LlmConfig | null;
  embeddings: EmbeddingConfig;
  opinions: { draftTtlMs: number };
  /** Hours before a reply deadline at which members who have not answered are reminded. */
  notices: { reminderHours: number[] };
  /** Chat accounts with staff rights, as `<channel>:<sender id>` (the member registry adds more). */
  staffIds: string[];
  rateLimit: { userPerMinute: number; roomPerMinute: number };
  /** The health and metrics server of `npm start` (GET /healthz, /metrics) and the staff workbench; null: turned off. */
  web: WebConfig | null;
  workbench: WorkbenchConfig;
  /** null: the channel is not configured. */
  telegram: TelegramConfig | null;
  wechat: WechatConfig | null;
  backup: BackupConfig;
}

export interface WebConfig {
  /** Loopback by default: the pages are for whoever runs the bot, not the internet. */
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface WorkbenchConfig {
  /**
   * The address staff open, e.g. https://zx.example.gov.cn (WORKBENCH_URL), without a trailing
   * slash; null: the web server's own http://WEB_HOST:WEB_PORT. Sign-in links start with it, and an
   * https address makes the session cookie Secure.
   */
  publicUrl: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，无法启动：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  /** A dotenv file whose values fill in what `env` does not set; none when null. */
  envFile?: string | null;
  cwd?: string;
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const envFile = options.envFile === undefined ? path.join(cwd, '.env') : options.envFile;
  const fromFile = envFile && existsSync(envFile) ? parseDotenv(readFileSync(envFile)) : {};
  const merged = { ...withoutEmpty(fromFile), ...withoutEmpty(options.env ?? process.env) };

  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(环境变量)'}：${describeIssue(issue)}`),
    );
  }
  const env = parsed.data;
  const llmOn = Boolean(env.OPENAI_API_KEY || env.OPENAI_BASE_URL);
  // Local servers (vLLM, Ollama) accept any key; the OpenAI client insists on one.
  const apiKey = env.OPENAI_API_KEY ?? 'not-needed';
  const dataDir = path.resolve(cwd, env.DATA_DIR);

  return {
    dataDir,
    knowledgeDir: path.resolve(cwd, env.KNOWLEDGE_DIR),
    logLevel: env.LOG_LEVEL,
    botName: env.BOT_NAME,
    maxMessageChars: env.MAX_MESSAGE_CHARS,
    llm: llmOn
      ? {
          apiKey,
          baseUrl: env.OPENAI_BASE_URL,
          chatModel: env.CHAT_MODEL,
          timeoutMs: env.LLM_TIMEOUT_MS,
          temperature: env.LLM_TEMPERATURE,
        }
      : null,
    embeddings:
      llmOn && env.EMBEDDING_MODEL
        ? {
            kind: 'openai',
            apiKey,
            baseUrl: env.OPENAI_BASE_URL,
            model: env.EMBEDDING_MODEL,
            dimensions: env.EMBEDDING_DIMENSIONS,
            timeoutMs: env.LLM_TIMEOUT_MS,
          }
        : { kind: 'local' },
    opinions: { draftTtlMs: env.OPINION_DRAFT_TTL_HOURS * 3600 * 1000 },
    notices: { reminderHours: env.NOTICE_REMINDER_HOURS },
    staffIds: env.STAFF_IDS,
    rateLimit: { userPerMinute: env.RATE_LIMIT_USER_PER_MINUTE, roomPerMinute: env.RATE_LIMIT_ROOM_PER_MINUTE },
    web: env.WEB_ENABLED ? { host: env.WEB_HOST, port: env.WEB_PORT } : null,
    workbench: { publicUrl: env.WORKBENCH_URL ? env.WORKBENCH_URL.replace(/\/+$/, '') : null },
    telegram: env.TELEGRAM_BOT_TOKEN
      ? { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, webhookUrl: env.TELEGRAM_WEBHOOK_URL, webhookPort: env.TELEGRAM_WEBHOOK_PORT, sendsPerSecond: env.TELEGRAM_SENDS_PER_SECOND }
      : null,
    wechat: env.WECHATY_PUPPET
      ? {
          puppet: env.WECHATY_PUPPET,
          puppetToken: env.WECHATY_PUPPET_SERVICE_TOKEN,
          puppetEndpoint: env.WECHATY_PUPPET_SERVICE_ENDPOINT,
          name: env.WECHATY_NAME,
          rooms: env.WECHAT_ROOMS,
          wakeWords: env.WECHAT_WAKE_WORDS,
          acceptFriends: env.WECHAT_ACCEPT_FRIENDS,
          sendIntervalMs: env.WECHAT_SEND_INTERVAL_MS,
          sendJitterMs: env.WECHAT_SEND_JITTER_MS,
          maxChars: env.WECHAT_MAX_CHARS,
        }
      : null,
    backup: {
      dir: env.BACKUP_DIR ? path.resolve(cwd, env.BACKUP_DIR) : path.join(dataDir, 'backups'),
      keepDays: env.BACKUP_KEEP_DAYS,
      hour: env.BACKUP_HOUR,
    },
  };
}

/** An empty value (as .env.example leaves them) means "not set", so the default applies. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1].trim() !== ''));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return issue.message ?? '取值无效';
    case 'invalid_value':
      return `取值无效，可选：${issue.values.join(' / ')}`;
    case 'invalid_format':
      return '格式不正确（应为完整网址，如 https://api.example.com/v1）';
    case 'too_small':
      return '数值过小或为空';
    case 'too_big':
      return '数值过大';
    case 'invalid_type':
      return '应为数字或文本，当前值无法识别';
    default:
      return '取值无效';
  }
}
