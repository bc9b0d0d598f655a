import type { Embeddings } from '@langchain/core/embeddings';
import type { EmbeddingConfig } from '../config.ts';
import { LocalHashEmbeddings } from './local-embeddings.ts';
import { createOpenAiEmbeddings } from './openai-embeddings.ts';

export interface EmbeddingProvider {
  embeddings: Embeddings;
  /** Stored in the index manifest; a change of provider or model rebuilds the index. */
  modelId: string;
}

export function createEmbeddingProvider(config: EmbeddingConfig): EmbeddingProvider {
  if (config.kind === 'openai') {
    return {
      embeddings: createOpenAiEmbeddings(config),
      modelId: `openai:${config.model}:${config.dimensions ?? 'default'}`,
    };
  }
  const local = new LocalHashEmbeddings();
  return { embeddings: local, modelId: local.modelId };
}
