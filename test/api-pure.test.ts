// API pieces that need no database: Lucene escaping, query cost, diffusion inference.
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { complexityOf, MAX_COMPLEXITY } from '../server/graphql/complexity.ts';
import { loadExamples } from '../server/graphql/graphiql.ts';
import { SCHEMA } from '../server/graphql/plugin.ts';
import { escapeLucene, luceneQuery } from '../server/graphql/lucene.ts';
import { diffuse } from '../server/graphql/queries/diffusion.ts';
import type { Entity, Fact } from '../server/graphql/rows.ts';

describe('escapeLucene / luceneQuery', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });

  it('turns operators, fields and wildcards into quoted literal terms', () => {
    expect(luceneQuery('a OR b*')).toBe('"a" "OR" "b\\*"');
    expect(luceneQuery('name:x')).toBe('"name\\:x"');
    expect(luceneQuery('"')).toBeNull();
    expect(luceneQuery('\\"')).toBeNull();
    expect(luceneQuery('  绿化条例  ')).toBe('"绿化条例"');
    expect(luceneQuery('x" OR name:*')).toBe('"x\\"" "OR" "name\\:\\*"');
  });

  it('never leaves an unescaped quote that could close the phrase', () => {
    for (const input of ['a"b', '"a" OR "b"', '\\" OR *:*', '绿化" name:*']) {
      const q = luceneQuery(input)!;
      // Strip escaped characters; what remains must be only balanced phrase quotes around terms.
      const bare = q.replace(/\\./g, '');
      expect(bare).toMatch(/^("[^"]*"\s?)+$/);
    }
  });
});

describe('complexityOf', () => {
  const schema = buildSchema(SCHEMA);
  it('accepts the N+1 probe (50 reforms with adoptions, places and evidence reports)', () => {
    const doc = parse(
      '{ reforms(limit: 50) { name adoptions { year jurisdiction { name } evidence { quote report { name year } } } } }',
    );
    expect(complexityOf(schema, doc)).toBeLessThanOrEqual(MAX_COMPLEXITY);
  });
  it('charges nested lists multiplicatively', () => {
    const doc = parse(
      '{ reforms(limit: 200) { adoptions { jurisdiction { rolledUpAdoptions { reform { adoptions { evidence { quote } } } } } } } }',
    );
    expect(complexityOf(schema, doc)).toBeGreaterThan(MAX_COMPLEXITY);
  });
  it('uses variables for limits', () => {
    const doc = parse('query($n: Int) { search(text: "x", limit: $n) { id } }');
    expect(complexityOf(schema, doc, { n: 100 })).toBeGreaterThan(complexityOf(schema, doc, { n: 1 }));
  });
});

describe('diffuse', () => {
  const reform: Entity = { id: 'reform:r', type: 'REFORM', name: 'R' };
  const fact = (
    kind: string,
    src: string,
    dst: string,
    year: number | null,
    extra: Partial<Fact> = {},
  ): Fact => ({
    kind,
    ownerId: 'reform:r',
    src,
    dst,
    srcName: src,
    dstName: dst,
    dstLevel: null,
    reportId: `report:${src}`,
    year,
    stage: 'done',
    agencyId: null,
    fromId: null,
    scopeId: null,
    evidence: [{ reportId: `report:${src}`, quote: `${src} quote`, start: 0, end: 1, passage: 0 }],
    ...extra,
  });
  const provinces = new Map([
    ['a', 'zj'],
    ['b', 'zj'],
    ['c', 'zj'],
    ['d', 'js'],
  ]);

  it('counts adopters by year, finds the first, infers earlier-in-province and named teachers', () => {
    const facts = [
      fact('ADOPTED', 'b', 'reform:r', 2019),
      fact('ADOPTED', 'a', 'reform:r', 2017),
      fact('ADOPTED', 'c', 'reform:r', 2019),
      fact('ADOPTED', 'd', 'reform:r', 2020),
      fact('PILOTED', 'a', 'reform:r', 2016),
      fact('PROMOTED_TO', 'reform:r', 'zj', 2018, { dstLevel: 'province', srcName: 'R', dstName: '浙江省' }),
    ];
    const learned = [fact('LEARNED_FROM', 'c', 'b', 2019)];
    const d = diffuse(reform, facts, provinces, learned);
    expect(d.adoptionsByYear).toEqual([
      { year: 2017, count: 1 },
      { year: 2019, count: 2 },
      { year: 2020, count: 1 },
    ]);
    expect(d.firstAdopter?.src).toBe('a');
    expect(d.yearsFromFirstPilotToProvincePromotion).toBe(2);
    const pairs = d.inferredLearning.map((l) => `${l.learnerId}<-${l.teacherId}:${l.reason}`).sort();
    // b learned (inferred) from a; c named b; d is alone in its province.
    expect(pairs).toEqual(['b<-a:EARLIER_IN_PROVINCE', 'c<-b:NAMED_TEACHER']);
    expect(d.inferredLearning.every((l) => l.inferred)).toBe(true);
    expect(d.learned).toHaveLength(1);
  });

  it('has no pilot-to-promotion time without a pilot', () => {
    const d = diffuse(reform, [fact('ADOPTED', 'a', 'reform:r', 2017)], provinces, []);
    expect(d.yearsFromFirstPilotToProvincePromotion).toBeNull();
    expect(d.inferredLearning).toEqual([]);
  });
});

describe('GraphiQL examples', () => {
  const schema = buildSchema(SCHEMA);
  it('every saved example is a valid operation of the served schema, within the cost limit', () => {
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const e of examples) {
      const doc = parse(e.query);
      expect(validate(schema, doc), e.file).toEqual([]);
      expect(complexityOf(schema, doc), e.file).toBeLessThanOrEqual(MAX_COMPLEXITY);
    }
  });
});
