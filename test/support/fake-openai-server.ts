import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
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
 * An OpenAI-compatible server on 127.0.0.1 (chat completions, non-streaming, and embeddings),
 * scripted per test through its public fields.
 */
export class FakeOpenAiServer {
  reply: (messages: ChatMessage[]) => string = () => '';
  delayMs = 0;
  /** Answer every request with this HTTP error instead. */
  errorStatus: number | null = null;
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

  chatRequests(): { model: string; messages: ChatMessage[] }[] {
    return this.requests.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body as { model: string; messages: ChatMessage[] });
  }

  reset(): void {
    this.reply = () => '';
    this.delayMs = 0;
    this.errorStatus = null;
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
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const path = req.url ?? '';
    this.requests.push({ path, authorization: req.headers.authorization, body });
    if (this.delayMs > 0) await this.sleep(this.delayMs);
    if (res.destroyed) return;

    if (this.errorStatus !== null) {
      return send(res, this.errorStatus, { error: { message: `fake error ${this.errorStatus}`, type: 'server_error', code: null } });
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') return send(res, 200, this.completion(body));
    if (req.method === 'POST' && path === '/v1/embeddings') return send(res, 200, embeddings(body));
    if (req.method === 'GET' && path === '/v1/models') return send(res, 200, { object: 'list', data: [{ id: 'fake-chat', object: 'model' }] });
    send(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error', code: null } });
  }

  private completion(body: Record<string, unknown>) {
    const content = this.reply(body.messages as ChatMessage[]);
    return {
      id: `chatcmpl-fake-${this.requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 100, completion_tokens: content.length, total_tokens: 100 + content.length },
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

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}
