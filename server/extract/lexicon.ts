// The extractor's lexicons: JSON data under seed/lexicon/, read once per process (like the gazetteer).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JurisdictionLevel, RegulationKind } from './model.ts';
import { fromRoot } from '../paths.ts';

export interface BodyEntry {
  names: Partial<Record<JurisdictionLevel, string>>;
  forms: string[];
  needsPrefix?: boolean;
  party?: boolean;
}

export interface AgencyLexicon {
  levelPrefixes: Record<string, JurisdictionLevel>;
  selfReferences: string[];
  collectives: string[];
  bodies: BodyEntry[];
}

export interface ReformLexiconEntry {
  name: string;
  aliases: string[];
}

/** Terms that read like initiatives but are not (slogans, days, awards), and the contexts that say so. */
export interface NotReforms {
  exact: string[];
  followedBy: string;
  precededBy: string;
}

interface ReformFile {
  reforms: ReformLexiconEntry[];
  notReforms: NotReforms;
}

export interface KindRule {
  suffix: string;
  kind: RegulationKind;
  when?: 'notLocal' | 'placed' | 'placedGov' | 'party';
}

export interface RegulationKindLexicon {
  partyMarkers: string[];
  rules: KindRule[];
}

export interface NonRegulationLexicon {
  exact: string[];
  suffix: string[];
  followedBy: string[];
}

const dir = fromRoot('seed', 'lexicon');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

let agencies: AgencyLexicon | null = null;
let reforms: ReformFile | null = null;
let kinds: RegulationKindLexicon | null = null;
let nonRegs: NonRegulationLexicon | null = null;

export const agencyLexicon = (): AgencyLexicon => (agencies ??= read<AgencyLexicon>('agencies.json'));
export const reformLexicon = (): ReformLexiconEntry[] =>
  (reforms ??= read<ReformFile>('reforms.json')).reforms;
export const notReforms = (): NotReforms => (reforms ??= read<ReformFile>('reforms.json')).notReforms;
export const regulationKinds = (): RegulationKindLexicon =>
  (kinds ??= read<RegulationKindLexicon>('regulation-kinds.json'));
export const nonRegulations = (): NonRegulationLexicon =>
  (nonRegs ??= read<NonRegulationLexicon>('non-regulations.json'));
