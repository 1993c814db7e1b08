// Purpose: Progression of the best reported result on a dataset and metric over time: every reported
//   result in year order, the best so far, and whether it set a new best.
// Param dataset (string, example "SQuAD v1.1"): the dataset, by key, name or alias (any case)
// Param metric (string, example "F1"): the metric, by key, name or alias (any case)
// Param higherIsBetter (boolean, default true, example false): false for error rates, perplexity, ...
// Returns: year, method, value (as written), number, best (so far), newBest, paper
MATCH (d:Dataset)
WHERE toLower($dataset) IN [toLower(d.key), toLower(d.name)] + [a IN coalesce(d.aliases, []) | toLower(a)]
MATCH (x:Metric)
WHERE toLower($metric) IN [toLower(x.key), toLower(x.name)] + [a IN coalesce(x.aliases, []) | toLower(a)]
MATCH (p:Paper)-[:REPORTS]->(res:Result)-[:ON]->(d), (res)-[:MEASURED_BY]->(x)
WHERE res.number IS NOT NULL
OPTIONAL MATCH (res)-[:OF]->(m:Method)
// within a year the better result comes first, so a year's record is credited once
WITH p, res, m
ORDER BY p.year, CASE WHEN $higherIsBetter THEN -res.number ELSE res.number END, p.id
WITH collect({year: p.year, method: m.name, value: res.value, number: res.number, paper: p.title}) AS rows
UNWIND range(0, size(rows) - 1) AS i
WITH rows[i] AS row,
     reduce(best = null, r IN rows[0..i] |
       CASE WHEN best IS NULL OR (r.number > best) = $higherIsBetter AND r.number <> best
            THEN r.number ELSE best END) AS before
WITH row, before,
     before IS NULL OR (row.number > before) = $higherIsBetter AND row.number <> before AS newBest
RETURN row.year AS year, row.method AS method, row.value AS value, row.number AS number,
       CASE WHEN newBest THEN row.number ELSE before END AS best, newBest, row.paper AS paper
