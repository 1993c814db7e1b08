// Authors and their papers. Parameters: $authors, a list of {paper, key, name, orcid, position}.
UNWIND $authors AS row
MATCH (p:Paper {id: row.paper})
MERGE (a:Author {key: row.key})
ON CREATE SET a.name = row.name
SET a.orcid = coalesce(a.orcid, row.orcid)
MERGE (a)-[w:WROTE]->(p)
SET w.position = row.position
