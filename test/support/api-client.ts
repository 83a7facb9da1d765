export interface Reply<T = any> {
  status: number;
  body: T;
}

/** A small HTTP client for the API under test: real requests over loopback. */
export class ApiClient {
  private readonly tokens = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, options: { token?: string; body?: unknown; raw?: string } = {}): Promise<Reply<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined || options.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  /** Logs in with the demo password (cached per user). */
  async token(username: string): Promise<string> {
    const cached = this.tokens.get(username);
    if (cached) return cached;
    const reply = await this.request('POST', '/api/v1/auth/login', { body: { username, password: 'demo' } });
    if (reply.status !== 200) throw new Error(`login ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
    this.tokens.set(username, reply.body.accessToken);
    return reply.body.accessToken;
  }

  /** A file as `username` would download it (the CSV lists, the PDFs): the status, the headers and the bytes as sent. */
  async download(
    username: string,
    path: string,
  ): Promise<{ status: number; contentType: string; headers: Headers; bytes: Uint8Array; text: string }> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${await this.token(username)}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      headers: response.headers,
      bytes,
      text: new TextDecoder().decode(bytes),
    };
  }

  /** A multipart upload as `username`: the fields, and one file named `file`. */
  async upload<T = any>(
    username: string,
    path: string,
    fields: Record<string, string>,
    file?: { name: string; content: Uint8Array; type?: string },
  ): Promise<Reply<T>> {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    if (file) form.append('file', new Blob([file.content], { type: file.type ?? 'application/octet-stream' }), file.name);
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await this.token(username)}` },
      body: form,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** A request as `username` (logged in on first use). */
  async as<T = any>(username: string, method: string, path: string, body?: unknown): Promise<Reply<T>> {
    return this.request<T>(method, `/api/v1${path}`, { token: await this.token(username), body });
  }
}
