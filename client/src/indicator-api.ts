// GraphQL operations of the indicator panel (through api.ts' one door to the server).
import { gql } from './api.ts';
import type { IndicatorDefinition, IndicatorSeries } from './indicator-model.ts';

const POINT = `fragment Point on Indicator {
  id name value unit year agencyName
  evidence { quote start end passage heading report { id name year } }
}`;
const SERIES = `fragment Series on IndicatorSeries {
  name label labelEn kind unit jurisdiction { id name } agency { id name } points { ...Point }
}`;

export async function indicatorDefinitions(): Promise<IndicatorDefinition[]> {
  const d = await gql<{ indicatorDefinitions: IndicatorDefinition[] }>(
    `query IndicatorDefinitions { indicatorDefinitions { name label labelEn kind units } }`,
  );
  return d.indicatorDefinitions;
}

/** Every indicator series of one place, or null when the name is not a place in the graph. */
export async function placeIndicators(name: string): Promise<{ name: string; series: IndicatorSeries[] } | null> {
  const d = await gql<{ jurisdiction: { name: string; indicators: IndicatorSeries[] } | null }>(
    `query PlaceIndicators($name: String!) { jurisdiction(name: $name) { name indicators { ...Series } } }
    ${SERIES} ${POINT}`,
    { name },
  );
  return d.jurisdiction ? { name: d.jurisdiction.name, series: d.jurisdiction.indicators } : null;
}

/** One indicator across places (in the order given). */
export async function indicatorPanel(name: string, jurisdictions: string[]): Promise<IndicatorSeries[]> {
  const d = await gql<{ indicatorPanel: { series: IndicatorSeries[] } }>(
    `query IndicatorPanel($name: String!, $j: [String!]) {
      indicatorPanel(name: $name, jurisdictions: $j) { series { ...Series } } }
    ${SERIES} ${POINT}`,
    { name, j: jurisdictions },
  );
  return d.indicatorPanel.series;
}

/** The CSV export of the same panel (a plain HTTP route of the public API). */
export function indicatorCsvUrl(name: string, jurisdictions: string[]): string {
  const p = new URLSearchParams({ name });
  if (jurisdictions.length) p.set('jurisdictions', jurisdictions.join(','));
  return `/api/indicators.csv?${p.toString()}`;
}
