// GraphiQL without the internet: mercurius' GraphiQL page loads React and GraphiQL from unpkg, which
// an analyst behind a firewall (or this product run offline) cannot reach. The same files ship in
// the graphiql, react and react-dom npm packages; we serve them from node_modules and point
// mercurius' loader scripts at them.
import { createReadStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';

const CDN = 'https://unpkg.com/';
export const VENDOR_PREFIX = '/graphiql/vendor/';
const LOADERS = new Set(['/graphiql/main.js', '/graphiql/sw.js']);
const PACKAGES = ['graphiql', 'react', 'react-dom'] as const;
const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const require = createRequire(import.meta.url);
const roots = new Map<string, string>(
  PACKAGES.map((name) => [name, dirname(require.resolve(`${name}/package.json`))]),
);

/** `graphiql@3.8.3` → the graphiql package root; null for anything not on the allow-list. */
function packageRoot(spec: string): string | null {
  const name = spec.replace(/@[^@/]*$/, '');
  return roots.get(name) ?? null;
}

async function text(payload: unknown): Promise<string> {
  if (typeof payload === 'string') return payload;
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of payload as Readable) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

// mercurius' loader appends React, ReactDOM and GraphiQL as dynamic <script>s, which run in the
// order they finish downloading. From unpkg the 10 KB React nearly always wins; from our own server
// the three finish within milliseconds of each other (and the service worker downloads the same
// files at the same time), so on a busy machine ReactDOM or GraphiQL sometimes ran before React,
// threw, and the page stayed blank ("GraphiQL is not defined"). async = false keeps the parallel
// download but runs them in the order they were added.
const SCRIPT_ANCHOR = "script.crossOrigin = 'anonymous'";
const IN_ORDER = `${SCRIPT_ANCHOR}\n      script.async = false`;

/** A loader script (main.js, sw.js) pointed at our server, main.js running its scripts in order. */
export function rewriteLoader(path: string, source: string): string {
  const local = source.replaceAll(CDN, VENDOR_PREFIX);
  if (path !== '/graphiql/main.js') return local;
  if (!local.includes(SCRIPT_ANCHOR)) {
    throw new Error(
      `GraphiQL loader ${path}: cannot find "${SCRIPT_ANCHOR}" to load scripts in order (mercurius changed?)`,
    );
  }
  return local.replace(SCRIPT_ANCHOR, IN_ORDER);
}

export function graphiqlAssetRoutes(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0]!;
    if (!LOADERS.has(path) || reply.statusCode !== 200) return payload;
    reply.removeHeader('content-length');
    return rewriteLoader(path, await text(payload));
  });

  app.get<{ Params: { spec: string; '*': string } }>(`${VENDOR_PREFIX}:spec/*`, async (request, reply) => {
    const root = packageRoot(request.params.spec);
    const file = root && normalize(join(root, request.params['*']));
    if (!root || !file || !file.startsWith(root + sep) || !existsSync(file) || !TYPES[extname(file)]) {
      return reply.code(404).send({ error: 'not found' });
    }
    return reply
      .type(TYPES[extname(file)]!)
      .header('cache-control', 'public, max-age=86400')
      .send(createReadStream(file));
  });
}
