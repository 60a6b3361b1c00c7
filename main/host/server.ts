import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../content-security-policy';
import type { Handlers } from '../contract/channels';
import type { Envelope } from '../contract/envelope';
import { dispatch, type ErrorReporter } from '../services/dispatch';
import { contentTypeOf, readAsset, resolveAsset } from '../static-files';
import type { DownloadStore } from './download-store';
import { hostBridgeScript } from './host-bridge';
import { isAllowedHost, isAllowedOrigin, routeRequest } from './host-policy';
import { maxRequestBytes } from './request-limit';

export { maxRequestBytes };

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export interface HostOptions {
  handlers: Handlers;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  port: number;
  /** Files main prepared for download (exports). */
  downloads?: DownloadStore;
  reportError?: ErrorReporter;
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': type });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(envelope));
}

function fail(
  response: ServerResponse,
  status: number,
  code: 'invalid-input' | 'too-large' | 'unknown-channel',
  message: string,
) {
  sendJson(response, status, { ok: false, error: { code, message } });
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxRequestBytes) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Injects the bridge script before the renderer's own scripts. */
function withBridge(html: string): string {
  return html.replace('<head>', '<head>\n    <script src="./host-bridge.js"></script>');
}

const plainText = 'text/plain; charset=utf-8';

/** The input of an API call: the body's `input` field, absent for a call without input. */
function inputOf(body: string): { input: unknown } | undefined {
  try {
    const parsed: unknown = body === '' ? {} : JSON.parse(body);
    return {
      input:
        typeof parsed === 'object' && parsed !== null && Object.hasOwn(parsed, 'input')
          ? (parsed as { input: unknown }).input
          : undefined,
    };
  } catch {
    return undefined;
  }
}

/** One call of the contract: POST from the app's own origin, a body within the limit, JSON. */
async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
  options: HostOptions,
  port: number,
): Promise<void> {
  if (request.method !== 'POST') return fail(response, 405, 'invalid-input', 'Gebruik POST voor deze aanvraag.');
  if (!isAllowedOrigin(request.headers.origin, port)) return send(response, 403, plainText, 'Geen toegang.');
  let body: string;
  try {
    body = await readBody(request);
  } catch (error) {
    if (error instanceof BodyTooLarge)
      return fail(response, 413, 'too-large', 'Deze aanvraag is te groot voor het werkboek.');
    throw error;
  }
  const call = inputOf(body);
  if (!call) return fail(response, 400, 'invalid-input', 'De aanvraag is geen geldige JSON.');
  const envelope = await dispatch(options.handlers, channel, call.input, options.reportError);
  return sendJson(response, envelope.ok ? 200 : envelope.error.code === 'unknown-channel' ? 404 : 200, envelope);
}

/** A file main prepared for download (an export), handed out once. */
function sendDownload(response: ServerResponse, downloads: DownloadStore | undefined, id: string): void {
  const download = downloads?.take(id);
  if (!download) {
    send(response, 404, plainText, 'Deze download bestaat niet (meer). Exporteer opnieuw.');
    return;
  }
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': download.mime,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
  });
  response.end(download.bytes);
}

/** A file of the built renderer, confined to its folder; the page itself gets the bridge. */
async function sendAsset(response: ServerResponse, rendererDir: string, path: string): Promise<void> {
  const file = resolveAsset(rendererDir, path);
  const content = file ? await readAsset(file) : undefined;
  if (!file || !content) return send(response, 404, plainText, 'Niet gevonden.');
  if (path === '/index.html') return send(response, 200, contentTypeOf(file), withBridge(content.toString('utf8')));
  return send(response, 200, contentTypeOf(file), content);
}

/**
 * Starts the browser host on 127.0.0.1 only. The URL carries a random per-run token; every
 * request without it, or with a foreign Host header, is refused.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(18).toString('base64url');
  let port = options.port;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) return send(response, 421, plainText, 'Onbekende host.');
    const route = routeRequest(request.url, token);
    if (route.kind === 'forbidden') return send(response, 403, plainText, 'Geen toegang.');
    if (route.kind === 'api') return handleApi(request, response, route.channel, options, port);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, plainText, 'Niet toegestaan.');
    if (route.kind === 'bridge') return send(response, 200, 'text/javascript; charset=utf-8', hostBridgeScript);
    if (route.kind === 'download') return sendDownload(response, options.downloads, route.id);
    return sendAsset(response, options.rendererDir, route.path);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.reportError?.('host', error);
      if (!response.headersSent) send(response, 500, plainText, 'Interne fout.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/${token}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
