// Facts between entities (EXTENDS, IMPROVES_ON, VARIANT_OF, APPLIED_TO), one edge per stating paper
// so each keeps its own evidence. Parameters: $links, a list of {paper, type, from, to, props}.
UNWIND $links AS row
MATCH (a:Entity {uid: row.from})
MATCH (b:Entity {uid: row.to})
WHERE a <> b
MERGE (a)-[r:$(row.type) {paper: row.paper}]->(b)
SET r += row.props
