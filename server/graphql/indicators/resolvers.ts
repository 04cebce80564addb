// Indicator resolvers: thin. Root queries validate and hand off to panel.ts; type fields map the
// plain objects of rows.ts (the lexicon supplies labels).
import type { MercuriusContext } from 'mercurius';
import { indicatorDefs } from '../../extract/indicators/lexicon.ts';
import { dbOf } from '../loaders.ts';
import { indicatorPanel, panelArgs } from './panel.ts';
import { definitionOf, unitOf, type Indicator, type IndicatorSeries } from './rows.ts';

type Args = Record<string, unknown>;

const definition = (name: string) => {
  const d = definitionOf(name);
  return { name: d.name, label: d.label, labelEn: d.labelEn, kind: d.kind.toUpperCase(), units: d.units };
};

export const indicatorQuery = {
  indicatorDefinitions: () => indicatorDefs().map((d) => definition(d.name)),
  indicatorPanel: async (_: unknown, a: Args, ctx: MercuriusContext) => {
    const p = await indicatorPanel(dbOf(ctx), panelArgs(a as never));
    return { indicator: definition(p.name), from: p.from, to: p.to, series: p.series };
  },
};

export const indicatorTypes = {
  Indicator: {
    label: (i: Indicator) => definitionOf(i.name).label,
    labelEn: (i: Indicator) => definitionOf(i.name).labelEn,
    kind: (i: Indicator) => definitionOf(i.name).kind.toUpperCase(),
    agencyName: (i: Indicator) => i.agencyName,
    evidence: (i: Indicator) => i.evidence,
  },
  IndicatorSeries: {
    label: (s: IndicatorSeries) => definitionOf(s.name).label,
    labelEn: (s: IndicatorSeries) => definitionOf(s.name).labelEn,
    kind: (s: IndicatorSeries) => definitionOf(s.name).kind.toUpperCase(),
    unit: (s: IndicatorSeries) => unitOf(s.points),
  },
};
