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
    // One retry at most: the member is waiting, and the offline answer is the better fallback.
    maxRetries: 1,
    configuration: { baseURL: llm.baseUrl },
  });
}
