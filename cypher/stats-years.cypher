// name: stats-years
// How many reports, and which years they cover.
MATCH (rep:Report)
RETURN count(rep) AS reports, min(rep.year) AS firstYear, max(rep.year) AS lastYear
