// Every top-level GraphQL query with selections reaching what incomplete stored data could break
// (non-null fields of reports, facts, evidence, entities): used by the damaged-store test.
export const EVIDENCE = 'evidence { quote start end passage heading report { id name year jurisdiction { name } } }';
export const ADOPTION = `year stage reform { id name } jurisdiction { id name level } agency { name } ${EVIDENCE}`;
const REPORT = `id name year publishedOn file docNumber contentHash genre cues { field cue }
  author { name } jurisdiction { id name level fullName code parent { name } }
  adoptions { ${ADOPTION} } cites { name } agencies { name } passages { index heading start end text }`;
const REFORM = `id name aliases jurisdictionCount diffusing adoptions { ${ADOPTION} }
  pilots { year stage jurisdiction { name } ${EVIDENCE} } promotions { year stage scope { name } from { name } }
  firsts { year jurisdiction { name } scope { name } }
  diffusion { adoptionsByYear { year count } firstAdopter { year } pilots { year } learned { year }
    inferredLearning { reason learner { name } teacher { name } evidence { quote } } yearsFromFirstPilotToProvincePromotion }`;
const JURISDICTION = `id name code level fullName parent { name } children { name level }
  adoptions { ${ADOPTION} } rolledUpAdoptions { ${ADOPTION} } pilots { year }
  learnedFrom { year teacher { name } } firsts { year } reports { id year jurisdiction { name } cues { field cue } }`;

/** Every top-level query, each selecting what could break on incomplete data. */
export function everyQuery(place: string, reform: string, placeId: string, reformId: string): [string, string][] {
  return [
    ['reports', `{ reports(limit: 10) { ${REPORT} } }`],
    ['report', `{ report(id: "report:00000000000000aa") { id } }`],
    ['node', `{ a: node(id: "report:00000000000000bb") { id } b: node(id: "jurisdiction:odd") { id name ... on Jurisdiction { level fullName parent { name } adoptions { ${ADOPTION} } } } c: node(id: "reform:无名") { id name ... on Reform { aliases } } }`],
    ['reforms', `{ reforms(limit: 10) { ${REFORM} } }`],
    ['reform', `{ reform(name: ${JSON.stringify(reform)}) { ${REFORM} } }`],
    ['jurisdiction', `{ jurisdiction(name: ${JSON.stringify(place)}) { ${JURISDICTION} } }`],
    ['spread', `{ spread(reform: ${JSON.stringify(reform)}, stages: [DONE, PLANNED]) { ${ADOPTION} } }`],
    ['diffusion', `{ diffusion(reform: ${JSON.stringify(reform)}) { reform { name } firstAdopter { year } promotions { scope { name } } firsts { year } } }`],
    ['compare', `{ compare(jurisdictions: [${JSON.stringify(place)}]) { jurisdictions { name level } shared { years reform { name } } unique { jurisdiction { name } reforms { years reform { name } } } } }`],
    ['search', `{ search(text: "报告", limit: 50) { id type name ... on Report { year jurisdiction { name } } ... on Jurisdiction { level } ... on Reform { aliases } } }`],
    ['search-reform', `{ search(text: "无名", limit: 50) { id type name } }`],
    ['autocomplete', `{ autocomplete(prefix: "无", limit: 50) { id type name ... on Report { year jurisdiction { name } } } }`],
    ['regulations', `{ regulations(limit: 20) { id name kind effectiveOn jurisdiction { name } citedBy { year jurisdiction { name } } citations { report { name year } evidence { quote } } } }`],
    ['stats', `{ stats { nodes { label count } relationships { label count } reports firstYear lastYear } }`],
    ['neighborhood', `{ neighborhood(id: ${JSON.stringify(placeId)}, depth: 2, limit: 500) { nodes { id type label year data } edges { id source target type year evidence { quote report { id } } } truncated } }`],
    ['path', `{ path(from: ${JSON.stringify(placeId)}, to: ${JSON.stringify(reformId)}) { nodes { id label } edges { type } } }`],
    ['spreadSummary', `{ spreadSummary(reform: ${JSON.stringify(reform)}, stages: [DONE, PLANNED]) { reform { name } adopters firstYear lastYear byYear { year count } byLevelYear { level year count } provinces { province { name } adopters firstYear lastYear byLevel { level count } } firstAdopters { jurisdiction { name } year } } }`],
    ['adoptions', `{ adoptions(reform: ${JSON.stringify(reform)}, stages: [DONE, PLANNED], first: 200) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ADOPTION} } } } }`],
    ['refusedReports', `{ refusedReports(limit: 200) { id contentHash file source reason missing title jurisdiction year author published genre cues { field cue } at textLength text } }`],
  ];
}
