// CITES edges. A citation goes to a stored paper with the same DOI, else arXiv id, else folded title
// (and year when both know it); failing those, to a stub paper that the real one adopts on arrival.
// The papers' old CITES edges were cleared in this transaction, so one is created per distinct target.
// Parameters: $citations, a list of {id, rows}, one per paper, rows a list of {targetId, title, year,
// doi, arxiv, titleKey}, one per citation.
UNWIND $citations AS paper
MATCH (p:Paper {id: paper.id})
UNWIND paper.rows AS row
WITH p, row, coalesce(
  head(COLLECT { MATCH (t:Paper {doi: row.doi}) RETURN t ORDER BY t.stub, t.id }),
  head(COLLECT { MATCH (t:Paper {arxiv: row.arxiv}) RETURN t ORDER BY t.stub, t.id }),
  head(COLLECT { MATCH (t:Paper {titleKey: row.titleKey})
                 WHERE row.year IS NULL OR t.year IS NULL OR t.year = row.year
                 RETURN t ORDER BY t.stub, t.id })) AS found
CALL (row, found) {
  WITH row, found WHERE found IS NULL
  MERGE (s:Paper {id: row.targetId})
  ON CREATE SET s.stub = true, s.title = row.title, s.year = row.year, s.doi = row.doi,
                s.arxiv = row.arxiv, s.titleKey = row.titleKey
  RETURN s AS target
  UNION
  WITH found WHERE found IS NOT NULL
  RETURN found AS target
}
WITH DISTINCT p, target WHERE target <> p
CREATE (p)-[:CITES {paper: p.id}]->(target)
