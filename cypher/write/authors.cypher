// Authors and their papers. The papers' WROTE edges were cleared in this transaction, so they are
// created, not merged (a merge would scan each paper's edges). Parameters: $authors, a list of
// {paper, key, name, orcid, position}, one per paper and author.
UNWIND $authors AS row
MATCH (p:Paper {id: row.paper})
MERGE (a:Author {key: row.key})
ON CREATE SET a.name = row.name
SET a.orcid = coalesce(a.orcid, row.orcid)
CREATE (a)-[:WROTE {position: row.position}]->(p)
