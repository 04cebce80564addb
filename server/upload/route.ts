// POST /api/reports: many report files (and optionally a manifest) in one multipart request, each read,
// extracted and loaded through the same ingest-document.ts functions as `npm run ingest`, with a
// result line per file streamed back as it lands (NDJSON), then a summary line. GET /api/limits says
// what is accepted, so the UI can state it. The wire format is in docs/ingest-formats.md.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PassThrough } from 'node:stream';
import { extractReport } from '../extract/index.ts';
import type { MetaOverrides } from '../extract/model.ts';
import { DOCUMENT_EXTENSION_LIST, REPORT_FORMATS } from '../ingest/formats/index.ts';
import { type FileContext, type FileOutcome, ingestDocument, uploadName } from '../ingest/ingest-document.ts';
import { gazetteerLookup } from '../ingest/places.ts';
import { bumpCorpusVersion, publishWrites } from '../ingest/publish-writes.ts';
import { bearerAllowed } from './bearer.ts';
import { ManifestError, readUploadedManifest } from './manifest-upload.ts';

const PUBLISH_EVERY_MS = 1000;

export type UploadLine =
  | {
      type: 'file';
      index: number;
      file: string;
      status: 'created' | 'unchanged' | 'replaced' | 'refused';
      reportId?: string;
      format?: string;
      facts?: number;
      bytes?: number;
      code?: string;
      reason?: string;
      /** unplaced: the metadata fields that could not be found (send them in a manifest row). */
      missing?: string[];
    }
  | { type: 'manifest'; file: string; status: 'read' | 'refused'; rows?: number; code?: string; reason?: string }
  | {
      type: 'done';
      files: number;
      created: number;
      unchanged: number;
      replaced: number;
      refused: number;
      facts: number;
      seconds: number;
    }
  | { type: 'error'; code: string; reason: string };

export function uploadLimits(app: FastifyInstance) {
  return {
    maxFileBytes: app.config.uploadMaxFileBytes,
    maxFiles: app.config.uploadMaxFiles,
    formats: [...REPORT_FORMATS],
    extensions: [...DOCUMENT_EXTENSION_LIST],
    manifestExtensions: ['.csv', '.json'],
    tokenRequired: Boolean(app.config.apiToken),
  };
}

function fileLine(index: number, o: FileOutcome, bytes?: number): UploadLine {
  if (o.status === 'failed' || o.status === 'refused')
    return {
      type: 'file',
      index,
      file: o.file,
      status: 'refused',
      code: o.reason ?? 'refused',
      reason: o.message ?? '',
      ...(o.missing && { missing: o.missing }),
      ...(o.format && { format: o.format }),
      ...(bytes !== undefined && { bytes }),
    };
  return { type: 'file', index, file: o.file, status: o.status, reportId: o.reportId ?? undefined, format: o.format, facts: o.facts, ...(bytes !== undefined && { bytes }) };
}

const refused = (index: number, file: string, code: string, reason: string, bytes?: number): UploadLine => ({
  type: 'file',
  index,
  file,
  status: 'refused',
  code,
  reason: `${file}: ${code} — ${reason}`,
  ...(bytes !== undefined && { bytes }),
});

/** Reads the multipart body part by part, emitting a line per file; resolves with the summary line. */
async function runBatch(app: FastifyInstance, request: FastifyRequest, emit: (line: UploadLine) => void): Promise<void> {
  const started = performance.now();
  const { uploadMaxFiles: maxFiles, uploadMaxFileBytes: maxBytes } = app.config;
  const ctx: FileContext = { extract: extractReport, places: gazetteerLookup() };
  const summary = { type: 'done' as const, files: 0, created: 0, unchanged: 0, replaced: 0, refused: 0, facts: 0, seconds: 0 };
  let manifest: Map<string, MetaOverrides> | null = null;
  let manifestBroken: string | null = null;
  let columns: string | undefined;
  let index = 0;
  let wrote = false;
  let published = performance.now();
  const record = (line: UploadLine) => {
    if (line.type === 'file') {
      summary.files += 1;
      summary[line.status] += 1;
      summary.facts += line.facts ?? 0;
      if (line.status !== 'refused' && line.status !== 'unchanged') wrote = true;
    }
    emit(line);
  };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'columns') columns = String(part.value);
        continue;
      }
      const name = uploadName(part.filename);
      if (part.fieldname === 'manifest') {
        const bytes = await part.toBuffer().catch(() => null);
        if (index > 0) {
          emit({ type: 'manifest', file: name, status: 'refused', code: 'MANIFEST_AFTER_FILES', reason: `${name}: MANIFEST_AFTER_FILES — the manifest part must come before the files it describes` });
          continue;
        }
        if (bytes === null) {
          manifestBroken = 'MANIFEST_TOO_LARGE';
          emit({ type: 'manifest', file: name, status: 'refused', code: manifestBroken, reason: `${name}: ${manifestBroken} — over the ${maxBytes}-byte limit` });
          continue;
        }
        try {
          manifest = await readUploadedManifest(name, bytes, columns);
          emit({ type: 'manifest', file: name, status: 'read', rows: manifest.size });
        } catch (err) {
          if (!(err instanceof ManifestError)) throw err;
          manifestBroken = err.code;
          emit({ type: 'manifest', file: name, status: 'refused', code: err.code, reason: err.message });
        }
        continue;
      }
      const at = index++;
      if (at >= maxFiles) {
        part.file.resume();
        record(refused(at, name, 'too_many_files', `only ${maxFiles} files are accepted in one upload`));
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
        record(refused(at, name, 'too_large', `larger than the ${maxBytes}-byte limit`));
        continue;
      }
      if (manifestBroken) {
        // Loading with metadata the analyst meant to correct would put wrong facts in the graph.
        record(refused(at, name, 'manifest_invalid', `not loaded: the manifest was refused (${manifestBroken})`, bytes.length));
        continue;
      }
      const row = manifest?.get(name);
      const overrides: MetaOverrides | undefined = row && { cue: 'manifest', ...row };
      const outcome = await ingestDocument(app.db, name, bytes, { ...ctx, ...(overrides && { overridesFor: () => overrides }) });
      request.log.info({ file: name, status: outcome.status, reason: outcome.reason }, 'upload: file');
      record(fileLine(at, outcome, bytes.length));
      if (wrote && performance.now() - published > PUBLISH_EVERY_MS) {
        published = performance.now();
        await bumpCorpusVersion(app.db);
      }
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    // The parser repeats a file-size error at the end of the body: that file was already refused.
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
      record(refused(index, '(further files)', 'too_many_files', `only ${maxFiles} files are accepted in one upload`));
    else if (code !== 'FST_REQ_FILE_TOO_LARGE') {
      request.log.error({ err }, 'upload: the request body could not be read to its end');
      record(refused(index, '(rest of the upload)', 'upload_interrupted', 'the upload stopped before its end; send the remaining files again'));
    }
  }
  // Search and every server's cached answers see the new reports from here on.
  if (wrote) await publishWrites(app.db);
  summary.seconds = Math.round(performance.now() - started) / 1000;
  emit(summary);
}

const wantsJson = (request: FastifyRequest): boolean => {
  const accept = String(request.headers.accept ?? '');
  return /application\/json/i.test(accept) && !/ndjson/i.test(accept);
};

export default async function uploadRoutes(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: app.config.uploadMaxFileBytes,
      // The manifest is a file part too; beyond these the parser stops and the rest is refused.
      files: app.config.uploadMaxFiles + 2,
      fields: 20,
      parts: app.config.uploadMaxFiles + 22,
    },
  });

  app.get('/api/limits', async () => uploadLimits(app));

  app.post('/api/reports', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!bearerAllowed(app.config.apiToken, request.headers.authorization))
      return reply.status(401).send({
        error: 'uploading reports needs `Authorization: Bearer <API_TOKEN>` (missing or wrong token)',
        code: 'UNAUTHENTICATED',
        statusCode: 401,
      });
    if (!request.isMultipart())
      return reply.status(415).send({
        error: 'send multipart/form-data: one part per report file (field "files"), optionally a "manifest" part first',
        code: 'NOT_MULTIPART',
        statusCode: 415,
      });
    if (wantsJson(request)) {
      const results: UploadLine[] = [];
      let done: UploadLine | undefined;
      await runBatch(app, request, (line) => (line.type === 'done' ? (done = line) : results.push(line)));
      return reply.send({ results, summary: done });
    }
    const out = new PassThrough();
    reply.type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store');
    void runBatch(app, request, (line) => out.write(`${JSON.stringify(line)}\n`))
      .catch((err: unknown) => {
        request.log.error({ err }, 'upload failed');
        const line: UploadLine = { type: 'error', code: 'INTERNAL', reason: 'the upload failed on the server; files listed above were loaded' };
        out.write(`${JSON.stringify(line)}\n`);
      })
      .finally(() => out.end());
    return reply.send(out);
  });
}
