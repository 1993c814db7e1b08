// Purpose: What a set of papers share: tasks, methods, datasets, metrics, authors and cited papers that
//   at least `min` of them have in common, most shared first.
// Param papers (list, example "arxiv:1810.04805,arxiv:1907.11692,arxiv:1909.11942"): paper ids (doi:…,
//   arxiv:…), bare arXiv ids or DOIs
// Param min (int, default 2, example 3): how many of the papers must share an item
// Returns: kind, name, papers (sharing it), of (papers found), sharedBy (their ids), how (relationships)
UNWIND $papers AS given
MATCH (p:Paper)
WHERE NOT coalesce(p.stub, false)
  AND (p.id = given OR p.arxiv = given OR p.doi = toLower(given))
WITH collect(DISTINCT p) AS found
UNWIND found AS p
CALL (p) {
  MATCH (p)-[r:ADDRESSES|PROPOSES|USES|COMPARES_TO|INTRODUCES|EVALUATES_ON]->(e:Entity)
  RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS kind, e.uid AS item, e.name AS name, type(r) AS how
  UNION
  MATCH (p)-[:REPORTS]->(:Result)-[:MEASURED_BY]->(x:Metric)
  RETURN 'Metric' AS kind, x.uid AS item, x.name AS name, 'REPORTS' AS how
  UNION
  MATCH (p)-[:CITES]->(c:Paper)
  RETURN 'Paper' AS kind, c.id AS item, coalesce(c.title, c.id) AS name, 'CITES' AS how
  UNION
  MATCH (a:Author)-[:WROTE]->(p)
  RETURN 'Author' AS kind, a.key AS item, a.name AS name, 'WROTE' AS how
}
WITH size(found) AS of, kind, item, name, p.id AS paper, how
ORDER BY paper
WITH of, kind, item, name, collect(DISTINCT paper) AS sharedBy, collect(DISTINCT how) AS how
WHERE size(sharedBy) >= $min
RETURN kind, name, size(sharedBy) AS papers, of, sharedBy, how
ORDER BY papers DESC, kind, name
