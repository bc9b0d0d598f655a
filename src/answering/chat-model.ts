import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';
import type { LlmConfig } from '../config.ts';

/** Any OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, a domestic provider's gateway). */
export function createChatModel(llm: LlmConfig): BaseChatModel {
  return new ChatOpenAI({
    model: llm.chatModel,
    apiKey: llm.apiKey,
    temperature: llm.temperature,
    timeout: llm.timeoutMs,
    // No retries in the client: they would wait out a provider's Retry-After (55 s included) past
    // LLM_TIMEOUT_MS. The agent retries within its deadline (agent/deadline.ts).
    maxRetries: 0,
    configuration: { baseURL: llm.baseUrl },
  });
}
