/**
 * An HTTP server on 127.0.0.1 (port 0) that answers CometBFT's URI-form
 * JSON-RPC routes from a table, for the adapter's integration tests. It
 * reads arguments as CometBFT's URI handler does (quoted strings, `0x` hex,
 * bare integers), records every request, and can hold a request unanswered
 * until it is closed (to exercise timeouts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Args = ReadonlyMap<string, string>;
/** `chunked`: sent in two writes without a content-length, as a streaming server does. */
export type Answer = { readonly status?: number; readonly body: string; readonly chunked?: boolean } | 'hang';
export type Route = (args: Args) => Answer;

export interface FakeNode {
  readonly url: string;
  /** `method?query` of every request, in arrival order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A query argument without CometBFT's JSON quoting. */
function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') ? (JSON.parse(value) as string) : value;
}

export function jsonRpcResult(result: unknown): string {
  return JSON.stringify({ jsonrpc: '2.0', id: -1, result });
}

export function jsonRpcError(code: number, message: string, data: string): Answer {
  return { status: 500, body: JSON.stringify({ jsonrpc: '2.0', id: -1, error: { code, message, data } }) };
}

export async function startFakeNode(routes: Readonly<Record<string, Route>>): Promise<FakeNode> {
  const requests: string[] = [];
  const held: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = url.pathname.replace(/^\//, '');
    requests.push(`${method}${url.search}`);
    const args = new Map([...url.searchParams].map(([k, v]) => [k, unquote(v)]));
    const route = routes[method];
    const answer: Answer = route
      ? route(args)
      : jsonRpcError(-32601, 'Method not found', `no route ${method}`);
    if (answer === 'hang') {
      held.push(res);
      return;
    }
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
    if (answer.chunked) {
      const half = Math.floor(answer.body.length / 2);
      res.write(answer.body.slice(0, half));
      res.end(answer.body.slice(half));
    } else {
      res.end(answer.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
