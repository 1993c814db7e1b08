// Reported results and what they measure. Parameters: $results, a list of
// {paper, key, value, number, unit, method, dataset, metric, props} (method, dataset: uids or null).
UNWIND $results AS row
MATCH (p:Paper {id: row.paper})
MERGE (res:Result {key: row.key})
SET res.value = row.value, res.number = row.number, res.unit = row.unit, res.paper = row.paper
MERGE (p)-[rep:REPORTS]->(res)
SET rep += row.props
WITH res, row
CALL (res, row) {
  MATCH (m:Entity {uid: row.method})
  MERGE (res)-[r:OF]->(m) SET r.paper = row.paper
}
CALL (res, row) {
  MATCH (d:Entity {uid: row.dataset})
  MERGE (res)-[r:ON]->(d) SET r.paper = row.paper
}
CALL (res, row) {
  MATCH (m:Entity {uid: row.metric})
  MERGE (res)-[r:MEASURED_BY]->(m) SET r.paper = row.paper
}
