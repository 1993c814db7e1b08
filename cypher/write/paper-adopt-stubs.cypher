// A paper cited before it was ingested exists as a stub under the id its citation gave it. When the
// paper arrives under another id, the stub's citations move to it and the stub goes.
// Parameters: $papers, a list of {id, doi, arxiv, titleKey, year}.
UNWIND $papers AS row
MATCH (p:Paper {id: row.id})
CALL (p, row) {
  MATCH (s:Paper {doi: row.doi}) WHERE s.stub AND s <> p RETURN s
  UNION
  MATCH (s:Paper {arxiv: row.arxiv}) WHERE s.stub AND s <> p RETURN s
  UNION
  MATCH (s:Paper {titleKey: row.titleKey})
  WHERE s.stub AND s <> p AND (s.year IS NULL OR row.year IS NULL OR s.year = row.year)
  RETURN s
}
CALL (p, s) {
  MATCH (c:Paper)-[old:CITES]->(s)
  MERGE (c)-[r:CITES]->(p)
  SET r += properties(old)
  DELETE old
}
DETACH DELETE s
