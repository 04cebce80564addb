// npm run docs:graphql — runs every saved example (server/graphql/examples/*.graphql) against the
// database NEO4J_URI points at (load the seeds first: npm run seed) and writes docs/graphql-examples.md
// with the real answers. The example mutation's report is deleted again afterwards.
import { writeFileSync } from 'node:fs';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { loadExamples } from '../graphql/graphiql.ts';
import { fromRoot } from '../paths.ts';

if (!process.env.NEO4J_URI) {
  console.error('NEO4J_URI is not set: point it at a running Neo4j with the seed reports loaded');
  process.exit(1);
}
const app = await buildApp(loadConfig({ ...process.env, LOG_LEVEL: 'warn', API_TOKEN: undefined }), {
  logger: false,
});
const out: string[] = [
  '# GraphQL examples (real output)',
  '',
  'Each query below is saved in `server/graphql/examples/` and preloaded as a tab in GraphiQL',
  '(`/graphiql`, with an "Examples" panel). The output is what the API answered on the five seed',
  `reports (\`npm run seed\`), ${new Date().toISOString().slice(0, 10)}; long lists are cut where marked.`,
  '',
  'Call it from anywhere with a POST: `curl -s localhost:4000/graphql -H "content-type: application/json" -d \'{"query":"{ stats { reports } }"}\'`.',
  'Writes need `-H "Authorization: Bearer $API_TOKEN"` when the server has `API_TOKEN` set.',
  '',
  '## Rules of the API',
  '',
  '- **Limits are clamped, not rejected**: `search` ≤ 100, `autocomplete` ≤ 50, `reforms`/`reports`/`regulations` ≤ 200 per page',
  '  (`offset` ≤ 100 000), `neighborhood` depth ≤ 3 and ≤ 500 nodes, `path` maxLength ≤ 8, `compare` ≤ 20 places.',
  '  Negative limits and empty or over-long (> 200 characters) names are `BAD_USER_INPUT`.',
  '- **Depth ≤ 10** (`QUERY_TOO_DEEP`) and **cost ≤ 20 000** (`QUERY_TOO_COMPLEX`, checked before any database work): a field',
  '  costs 1 plus its children; a list multiplies its children by its `limit` (or by 5 when it has none).',
  '- **Nested fields are batched**: every nested list or object is one `UNWIND $ids` statement per level, whatever the number',
  '  of parents (50 reforms with adoptions, places and evidence reports: 7 statements).',
  '- **Search** ranks exact name, exact alias, name prefix, alias prefix, substring, then CJK full-text hits. User text goes',
  '  to Cypher only as a parameter and to Lucene only as escaped, quoted terms (`a OR b*`, `name:x`, `*:*` are literal).',
  '- **Names**: `reform(name)` folds width, quote marks and 、 (双随机一公开 = “双随机、一公开”, 互联网﹢监管 = 互联网+监管), then',
  '  tries aliases; `jurisdiction(name)` takes the full name or the usual short form (平湖 → 平湖市), preferring Zhejiang,',
  '  places the graph has facts for, and higher levels.',
  '- **Order**: adoptions earliest year first, then place name in pinyin order; places’ reports oldest first.',
  '- **Inferred learning** (`diffusion.inferredLearning`) is derived, always `inferred: true`: `NAMED_TEACHER` when an explicit',
  '  learned-from relation links two adopters, else `EARLIER_IN_PROVINCE` to the earliest earlier adopter in the same province.',
  '- **Errors** always carry `extensions.code`: `BAD_USER_INPUT` (message names the argument), `UNAUTHENTICATED` (HTTP 401),',
  '  `QUERY_TOO_DEEP`, `QUERY_TOO_COMPLEX`, `GRAPHQL_PARSE_FAILED`, `GRAPHQL_VALIDATION_FAILED`, `SERVICE_UNAVAILABLE`',
  '  (Neo4j away), `INTERNAL_SERVER_ERROR` (generic message; details only in the server log). No stack traces.',
  '- **Graph slices** (`neighborhood`, `path`): node ids are entity ids; edge ids are `e:<TYPE>:<source>-><target>:<n>`',
  '  (n counts parallel facts, one per report); `GraphNode.data` is a JSON string of display properties.',
  '',
];
/** Long lists cut so the page stays readable (the first items, then how many more). */
function cut(v: unknown, depth = 0): unknown {
  if (Array.isArray(v)) {
    const max = depth <= 1 ? 6 : 3;
    const items = v.slice(0, max).map((x) => cut(x, depth + 1));
    return v.length > max ? [...items, `… ${v.length - max} more`] : items;
  }
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x, depth + 1)]));
  return v;
}
for (const e of loadExamples()) {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: e.query } });
  const body = JSON.parse(res.body);
  out.push(
    `## ${e.title} — \`${e.file}\``,
    '',
    '```graphql',
    e.query.trim(),
    '```',
    '',
    '```json',
    JSON.stringify(cut(body), null, 2),
    '```',
    '',
  );
  if (body.data?.ingestReport?.report?.id) {
    await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: `mutation { deleteReport(id: "${body.data.ingestReport.report.id}") { deleted } }` },
    });
  }
}
writeFileSync(fromRoot('docs', 'graphql-examples.md'), out.join('\n'));
console.log('wrote docs/graphql-examples.md');
await app.close();
