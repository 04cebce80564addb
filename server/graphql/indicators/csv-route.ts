// GET /api/indicators.csv?name=…&jurisdictions=嘉兴市,温州市&from=2018&to=2023 — the panel of
// indicatorPanel as a file. Bad arguments answer 400 with the same coded message as GraphQL.
import type { FastifyInstance } from 'fastify';
import { entitiesByIds } from '../loaders.ts';
import { panelCsv } from './csv.ts';
import { indicatorPanel, panelArgs } from './panel.ts';

interface CsvQuery {
  name?: string;
  jurisdictions?: string;
  from?: string;
  to?: string;
}

export function indicatorCsvRoute(app: FastifyInstance): void {
  app.get<{ Querystring: CsvQuery }>('/api/indicators.csv', async (request, reply) => {
    const q = request.query;
    let args;
    try {
      args = panelArgs({
        name: q.name ?? '',
        jurisdictions: q.jurisdictions ? q.jurisdictions.split(/[,，]/u).filter((s) => s.trim() !== '') : null,
        from: q.from,
        to: q.to,
      });
    } catch (e) {
      const err = e as Error & { extensions?: { code?: string; argument?: string } };
      return reply.status(400).send({
        error: err.message,
        code: err.extensions?.code ?? 'BAD_USER_INPUT',
        argument: err.extensions?.argument,
        statusCode: 400,
      });
    }
    let panel;
    try {
      panel = await indicatorPanel(app.db, args);
    } catch (e) {
      const err = e as Error & { extensions?: { code?: string; argument?: string } };
      if (err.extensions?.code !== 'BAD_USER_INPUT') throw e;
      return reply.status(400).send({ error: err.message, code: 'BAD_USER_INPUT', argument: err.extensions.argument, statusCode: 400 });
    }
    const ids = panel.series.flatMap((s) => [s.jurisdictionId, ...s.points.map((p) => p.reportId)]);
    const entities = await entitiesByIds(app.db, ids);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="indicators-${args.name}.csv"`)
      .send(panelCsv(panel, entities));
  });
}
