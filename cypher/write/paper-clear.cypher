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
// one type at a time, so each lookup uses that type's index on r.paper (a pattern over several types
// scans every relationship of them, once per paper)
CALL (id) {
  CALL (id) {
    MATCH (x)-[r:EXTENDS]->(y) WHERE r.paper = id DELETE r RETURN x.uid AS a, y.uid AS b
    UNION ALL
    MATCH (x)-[r:IMPROVES_ON]->(y) WHERE r.paper = id DELETE r RETURN x.uid AS a, y.uid AS b
    UNION ALL
    MATCH (x)-[r:VARIANT_OF]->(y) WHERE r.paper = id DELETE r RETURN x.uid AS a, y.uid AS b
    UNION ALL
    MATCH (x)-[r:APPLIED_TO]->(y) WHERE r.paper = id DELETE r RETURN x.uid AS a, y.uid AS b
  }
  RETURN collect(DISTINCT a) + collect(DISTINCT b) AS linkUids
}
RETURN entityUids + resultUids + linkUids AS entityUids, citedIds, authorKeys
