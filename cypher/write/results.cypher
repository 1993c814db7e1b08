// Reported results and what they measure. A result's key starts with its paper's id, and the paper's
// old results were deleted in this transaction, so its edges are created, not merged. Parameters:
// $results, a list of {id, rows}, one per paper, rows a list of {key, value, number, unit, method,
// dataset, metric, props} (method, dataset: uids or null), one per key.
UNWIND $results AS paper
MATCH (p:Paper {id: paper.id})
UNWIND paper.rows AS row
MERGE (res:Result {key: row.key})
SET res.value = row.value, res.number = row.number, res.unit = row.unit, res.paper = paper.id
CREATE (p)-[rep:REPORTS]->(res)
SET rep = row.props
WITH res, row, paper.id AS id
OPTIONAL MATCH (m:Entity {uid: row.method})
OPTIONAL MATCH (d:Entity {uid: row.dataset})
OPTIONAL MATCH (k:Entity {uid: row.metric})
FOREACH (x IN CASE WHEN m IS NULL THEN [] ELSE [m] END | CREATE (res)-[:OF {paper: id}]->(x))
FOREACH (x IN CASE WHEN d IS NULL THEN [] ELSE [d] END | CREATE (res)-[:ON {paper: id}]->(x))
FOREACH (x IN CASE WHEN k IS NULL THEN [] ELSE [k] END | CREATE (res)-[:MEASURED_BY {paper: id}]->(x))
