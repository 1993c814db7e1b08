// Facts between entities (EXTENDS, IMPROVES_ON, VARIANT_OF, APPLIED_TO), one edge per stating paper
// so each keeps its own evidence. The papers' old statements were cleared in this transaction, so
// these are created, not merged. Parameters: $links, a list of {paper, type, from, to, props}, one per
// paper, type and pair.
UNWIND $links AS row
MATCH (a:Entity {uid: row.from})
MATCH (b:Entity {uid: row.to})
WHERE a <> b
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
