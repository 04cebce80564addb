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

export function graphiqlAssetRoutes(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!LOADERS.has(request.url.split('?')[0]!) || reply.statusCode !== 200) return payload;
    reply.removeHeader('content-length');
    return (await text(payload)).replaceAll(CDN, VENDOR_PREFIX);
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
