// Facts that start at a paper (ADDRESSES, PROPOSES, USES, COMPARES_TO, INTRODUCES, EVALUATES_ON),
// with provenance. Parameters: $facts, a list of {paper, type, uid, props}.
UNWIND $facts AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {uid: row.uid})
MERGE (p)-[r:$(row.type)]->(e)
SET r += row.props
