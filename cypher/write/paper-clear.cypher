// Removes what earlier writes of these papers stated, so a re-write replaces them whole.
// Parameters: $ids (paper ids). Returns the uids of entities and ids of papers that lost a link,
// to delete those left without any.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[r:ADDRESSES|PROPOSES|USES|COMPARES_TO|INTRODUCES|EVALUATES_ON]->(e)
  DELETE r
  RETURN collect(DISTINCT e.uid) AS entityUids
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:CITES]->(c:Paper)
  DELETE r
  RETURN collect(DISTINCT c.id) AS citedIds
}
CALL (p) {
  OPTIONAL MATCH (p)-[:REPORTS]->(res:Result)
  OPTIONAL MATCH (res)-[:OF|ON|MEASURED_BY]->(e)
  WITH collect(DISTINCT res) AS results, collect(DISTINCT e.uid) AS uids
  FOREACH (res IN results | DETACH DELETE res)
  RETURN uids AS resultUids
}
CALL (p) {
  OPTIONAL MATCH (a:Author)-[w:WROTE]->(p)
  DELETE w
  RETURN collect(DISTINCT a.key) AS authorKeys
}
CALL (id) {
  OPTIONAL MATCH (x)-[r:EXTENDS|IMPROVES_ON|VARIANT_OF|APPLIED_TO]->(y)
  WHERE r.paper = id
  DELETE r
  RETURN collect(DISTINCT x.uid) + collect(DISTINCT y.uid) AS linkUids
}
RETURN entityUids + resultUids + linkUids AS entityUids, citedIds, authorKeys
