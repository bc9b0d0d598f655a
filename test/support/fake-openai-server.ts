import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat message as the fake hands it to a script: content always text ('' beside tool calls). */
export interface ChatMessage {
  role: string;
  content: string;
  tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

/** What a scripted model says: text, or calls of the tools the request offered. */
export type ModelTurn = string | { toolCalls: { name: string; args: Record<string, unknown> }[] };

export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
  /** The body as it arrived: what left the client, for checks that something never did. */
  raw: string;
}

const DEFAULT_DIMENSIONS = 64;

/** Deterministic unit vector: characters hashed into buckets. */
export function fakeEmbedding(text: string, dimensions = DEFAULT_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const ch of text) {
    const bucket = (Math.imul(ch.codePointAt(0)!, 2654435761) >>> 0) % dimensions;
    vector[bucket] = vector[bucket]! + 1;
  }
  if (text === '') vector[0] = 1;
  const norm = Math.hypot(...vector);
  return vector.map((v) => v / norm);
}

/**
 * A tool-calling model: it first searches the knowledge with the member's latest message (or the
 * query `rewrite` makes of it), then replies with `answer` given the search results it received.
 */
export function searchThenReply(answer: (found: string, messages: ChatMessage[]) => string, rewrite: (question: string) => string = (q) => q) {
  return (messages: ChatMessage[]): ModelTurn => {
    const lastUser = messages.map((m) => m.role).lastIndexOf('user');
    const results = messages.slice(lastUser + 1).filter((m) => m.role === 'tool');
    if (results.length === 0) return { toolCalls: [{ name: 'search_knowledge', args: { query: rewrite(messages[lastUser]?.content ?? '') } }] };
    return answer(results.map((m) => m.content).join('\n\n'), messages);
  };
}

/**
 * An OpenAI-compatible server on 127.0.0.1 (chat completions with tool calls, non-streaming, and
 * embeddings), scripted per test through its public fields.
 */
export class FakeOpenAiServer {
  reply: (messages: ChatMessage[]) => ModelTurn = () => '';
  delayMs = 0;
  /** Answer requests with this HTTP error instead (the next `errorsLeft` of them, then normally). */
  errorStatus: number | null = null;
  errorHeaders: Record<string, string> = {};
  errorsLeft = Infinity;
  readonly requests: RecordedRequest[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeOpenAiServer> {
    const server = createServer();
    const fake = new FakeOpenAiServer(server);
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The base URL a client is configured with; it appends /chat/completions and /embeddings. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  chatRequests(): { model: string; messages: ChatMessage[]; tools?: { function: { name: string; description: string } }[] }[] {
    return this.requests
      .filter((r) => r.path === '/v1/chat/completions')
      .map((r) => ({ ...(r.body as { model: string; tools?: { function: { name: string; description: string } }[] }), messages: readMessages(r.body.messages) }));
  }

  /** Every request body as sent, one after another. */
  requestLog(): string {
    return this.requests.map((r) => r.raw).join('\n');
  }

  reset(): void {
    this.reply = () => '';
    this.delayMs = 0;
    this.errorStatus = null;
    this.errorHeaders = {};
    this.errorsLeft = Infinity;
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = JSON.parse(raw || '{}') as Record<string, unknown>;
    const path = req.url ?? '';
    this.requests.push({ path, authorization: req.headers.authorization, body, raw });
    if (this.delayMs > 0) await this.sleep(this.delayMs);
    if (res.destroyed) return;

    if (this.errorStatus !== null && this.errorsLeft > 0) {
      this.errorsLeft -= 1;
      return send(res, this.errorStatus, { error: { message: `fake error ${this.errorStatus}`, type: 'server_error', code: null } }, this.errorHeaders);
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') return send(res, 200, this.completion(body));
    if (req.method === 'POST' && path === '/v1/embeddings') return send(res, 200, embeddings(body));
    if (req.method === 'GET' && path === '/v1/models') return send(res, 200, { object: 'list', data: [{ id: 'fake-chat', object: 'model' }] });
    send(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error', code: null } });
  }

  private completion(body: Record<string, unknown>) {
    const turn = this.reply(readMessages(body.messages));
    const n = this.requests.length;
    const message =
      typeof turn === 'string'
        ? { role: 'assistant', content: turn, refusal: null }
        : {
            role: 'assistant',
            content: null,
            refusal: null,
            tool_calls: turn.toolCalls.map((call, i) => ({ id: `call_${n}_${i}`, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.args) } })),
          };
    const length = typeof turn === 'string' ? turn.length : 10;
    return {
      id: `chatcmpl-fake-${n}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message, logprobs: null, finish_reason: typeof turn === 'string' ? 'stop' : 'tool_calls' }],
      usage: { prompt_tokens: 100, completion_tokens: length, total_tokens: 100 + length },
    };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

function embeddings(body: Record<string, unknown>) {
  const inputs = Array.isArray(body.input) ? (body.input as string[]) : [body.input as string];
  const dimensions = typeof body.dimensions === 'number' ? body.dimensions : DEFAULT_DIMENSIONS;
  return {
    object: 'list',
    data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(text, dimensions) })),
    model: body.model,
    usage: { prompt_tokens: inputs.join('').length, total_tokens: inputs.join('').length },
  };
}

/** Messages with their content as text: clients send null beside tool calls, or a list of parts. */
function readMessages(raw: unknown): ChatMessage[] {
  return ((raw ?? []) as (Omit<ChatMessage, 'content'> & { content: unknown })[]).map((m) => ({ ...m, content: textOf(m.content) }));
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('');
  return '';
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}
