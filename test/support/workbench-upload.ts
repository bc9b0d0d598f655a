import type { Hono } from 'hono';
import type { WebClient } from './workbench.ts';

/**
 * A multipart form post with one file, as a browser sends an upload form: the client's session
 * cookie, a same-origin Origin header and its form token go along.
 */
export async function postFile(
  web: Hono,
  client: WebClient,
  path: string,
  file: { name: string; bytes: Buffer | string; type?: string },
  fields: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.set('_csrf', client.csrf);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('file', new File([typeof file.bytes === 'string' ? Buffer.from(file.bytes) : new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'application/octet-stream' }));
  const headers: Record<string, string> = { origin: client.origin };
  if (client.cookie) headers.cookie = client.cookie;
  return web.request(path, { method: 'POST', body: form, headers });
}
