// Concurrent HTTP clients for the API benchmark, in their own process: the server under test keeps
// its event loop to itself, as it would with real clients elsewhere. Bodies are read whole but not
// parsed (a failed answer is recognised by its status or its top-level "errors" key).
import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CACHE_HEADER } from '../server/graphql/answer-cache.ts';
import { drive } from './drive.ts';

export interface HttpRunOptions {
  url: string;
  /** JSON request bodies, sent in turn. */
  bodies: string[];
  clients: number;
  total: number;
}

export interface HttpRunResult {
  /** Per-request latency in ms, sorted ascending. */
  latencies: number[];
  seconds: number;
  /** Answers the server took from its answer cache. */
  cacheHits: number;
}

async function run({ url, bodies, clients, total }: HttpRunOptions): Promise<HttpRunResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  let cacheHits = 0;
  const post = (body: string) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200 || text.includes('"errors":[')) {
              reject(new Error(`HTTP ${String(res.statusCode)}: ${text.slice(0, 300)}`));
              return;
            }
            if (res.headers[CACHE_HEADER] === 'hit') cacheHits += 1;
            resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const result = await drive(total, clients, (i) => post(bodies[i % bodies.length]!));
  agent.destroy();
  return { ...result, cacheHits };
}

/** Runs `total` POSTs with `clients` in flight from a child process. */
export function httpRun(opts: HttpRunOptions): Promise<HttpRunResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG], { execArgv: ['--import', 'tsx'] });
    child.once('message', (m: { ok: HttpRunResult } | { error: string }) => {
      child.kill();
      if ('ok' in m) resolve(m.ok);
      else reject(new Error(m.error));
    });
    child.once('error', reject);
    child.send(opts);
  });
}

const CHILD_FLAG = '--http-clients';
if (process.argv.includes(CHILD_FLAG)) {
  process.once('message', (opts: HttpRunOptions) => {
    run(opts).then(
      (ok) => process.send!({ ok }),
      (err: unknown) => process.send!({ error: err instanceof Error ? err.message : String(err) }),
    );
  });
}
