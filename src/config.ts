import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

/** The only module that reads the environment: everything else receives a `Config`. */

const optionalText = z.string().trim().optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

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
});

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

export interface Config {
  dataDir: string;
  knowledgeDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  botName: string;
  maxMessageChars: number;
  /** null: no model configured, the offline extractive answerer is used. */
  llm: LlmConfig | null;
  embeddings: EmbeddingConfig;
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

  return {
    dataDir: path.resolve(cwd, env.DATA_DIR),
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
  };
}

/** An empty value (as .env.example leaves them) means "not set", so the default applies. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1].trim() !== ''));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
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
