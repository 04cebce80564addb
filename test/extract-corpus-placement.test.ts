// Placement on the real corpus of 144 Shenzhen government work reports (../shared/corpus/shenzhen-gwr):
// jurisdiction and the year covered (metadata.csv's report_year is the delivery year, the review
// covers the year before), from the text alone and with metadata.csv as the manifest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scorePlacement, truthFromManifest, type PlacementRow } from '../server/extract/eval/placement.ts';
import { extractMetadata } from '../server/extract/metadata/index.ts';
import { parseColumns, readManifest } from '../server/ingest/manifest.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// shared/ sits beside the clone (CI) or beside the folder of worktrees.
const corpus = [join(root, '..', 'shared'), join(root, '..', '..', 'shared')]
  .map((s) => join(s, 'corpus', 'shenzhen-gwr'))
  .find((d) => existsSync(join(d, 'metadata.csv')));

describe.skipIf(!corpus)(
  `placement on the Shenzhen corpus${corpus ? '' : ' (skipped: ../shared/corpus/shenzhen-gwr is absent)'}`,
  () => {
    const place = async (useManifest: boolean): Promise<PlacementRow[]> => {
      const manifest = await readManifest(
        join(corpus!, 'metadata.csv'),
        parseColumns('file=filename,jurisdiction=region,delivered=report_year,title='),
      );
      const dir = join(corpus!, 'reports');
      return readdirSync(dir)
        .sort()
        .map((f) => {
          const text = readFileSync(join(dir, f), 'utf8');
          const row = manifest.get(f);
          expect(row, f).toBeDefined();
          const { meta } = extractMetadata(text, f, useManifest ? row : {});
          return scorePlacement(f, truthFromManifest(row!, text), meta);
        });
    };

    it('places ≥ 97 % right from the text alone', async () => {
      const rows = await place(false);
      expect(rows).toHaveLength(144);
      const wrong = rows.filter((r) => !r.placed).map((r) => r.file);
      expect(rows.length - wrong.length, wrong.join('\n')).toBeGreaterThanOrEqual(
        Math.ceil(0.97 * rows.length),
      );
    }, 120_000);

    it('places every report right with metadata.csv as the manifest', async () => {
      const rows = await place(true);
      expect(rows.filter((r) => !r.placed).map((r) => r.file)).toEqual([]);
    }, 120_000);
  },
);
