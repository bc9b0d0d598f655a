import type { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { EmbeddingConfig } from '../config.ts';

export function createOpenAiEmbeddings(cfg: Extract<EmbeddingConfig, { kind: 'openai' }>): Embeddings {
  return new OpenAIEmbeddings({
    model: cfg.model,
    dimensions: cfg.dimensions,
    apiKey: cfg.apiKey,
    timeout: cfg.timeoutMs,
    maxRetries: 1,
    batchSize: 64,
    // The SDK asks for base64 by default, which several OpenAI-compatible servers do not implement.
    encodingFormat: 'float',
    configuration: { baseURL: cfg.baseUrl },
  });
}
