// Authors and their papers. The papers' WROTE edges were cleared in this transaction, so they are
// created, not merged (a merge would scan each paper's edges). Parameters: $authors, a list of
// {id, rows}, one per paper, rows a list of {key, name, orcid, position}, one per author.
UNWIND $authors AS paper
MATCH (p:Paper {id: paper.id})
UNWIND paper.rows AS row
MERGE (a:Author {key: row.key})
ON CREATE SET a.name = row.name
SET a.orcid = coalesce(a.orcid, row.orcid)
CREATE (a)-[:WROTE {position: row.position}]->(p)
