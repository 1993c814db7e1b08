// Facts that start at a paper (ADDRESSES, PROPOSES, USES, COMPARES_TO, INTRODUCES, EVALUATES_ON),
// with provenance. The papers' old facts were cleared in this transaction, so these are created, not
// merged. Parameters: $facts, a list of {id, rows}, one per paper, rows a list of {type, uid, props},
// one per type and entity.
UNWIND $facts AS paper
MATCH (p:Paper {id: paper.id})
UNWIND paper.rows AS row
MATCH (e:Entity {uid: row.uid})
CREATE (p)-[r:$(row.type)]->(e)
SET r = row.props
