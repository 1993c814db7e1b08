// Citation matching: a citation that still points at a stub (a cited paper known only from a
// reference) moves to the real paper that now matches the stub by DOI, arXiv id or folded title (and
// year, when both know it); the stub goes. Only papers written since the last run are looked at, so a
// run costs what was added, not the size of the graph.
// Parameters: $since (ISO instant text).
MATCH (p:Paper)
WHERE NOT coalesce(p.stub, false) AND p.extractedAt IS NOT NULL AND datetime(p.extractedAt) >= datetime($since)
CALL (p) {
  MATCH (s:Paper {doi: p.doi}) WHERE s.stub RETURN s
  UNION
  MATCH (s:Paper {arxiv: p.arxiv}) WHERE s.stub RETURN s
  UNION
  MATCH (s:Paper {titleKey: p.titleKey})
  WHERE s.stub AND (s.year IS NULL OR p.year IS NULL OR s.year = p.year)
  RETURN s
}
WITH s, p ORDER BY p.id
WITH s, head(collect(p)) AS p
CALL (s, p) {
  MATCH (c:Paper)-[old:CITES]->(s)
  WHERE c <> p
  MERGE (c)-[r:CITES]->(p)
  SET r += properties(old)
  DELETE old
}
DETACH DELETE s
