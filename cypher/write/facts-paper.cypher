// Facts that start at a paper (ADDRESSES, PROPOSES, USES, COMPARES_TO, INTRODUCES, EVALUATES_ON),
// with provenance. The papers' old facts were cleared in this transaction, so these are created, not
// merged. Parameters: $facts, a list of {paper, type, uid, props}, one per paper, type and entity.
UNWIND $facts AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {uid: row.uid})
CREATE (p)-[r:$(row.type)]->(e)
SET r = row.props
