// A node stored under a key that a later paper showed to be another name of an entity (a long form,
// a Chinese name) is folded into that entity: its links move over and it goes. This is what keeps the
// final graph the same whatever order papers arrive in. Derived edges (INFERRED_*) are not moved but
// go with the old node: the derive statements recompute them for the absorbing entity.
// Parameters: $absorb, a list of {uid, oldUids}.
UNWIND $absorb AS row
MATCH (e:Entity {uid: row.uid})
UNWIND row.oldUids AS oldUid
MATCH (old:Entity {uid: oldUid})
WHERE old <> e
CALL (e, old) {
  MATCH (x)-[r]->(old)
  WHERE x <> e AND NOT type(r) STARTS WITH 'INFERRED_'
  MERGE (x)-[moved:$(type(r)) {paper: coalesce(r.paper, '')}]->(e)
  SET moved += properties(r)
  DELETE r
}
CALL (e, old) {
  MATCH (old)-[r]->(y)
  WHERE y <> e AND NOT type(r) STARTS WITH 'INFERRED_'
  MERGE (e)-[moved:$(type(r)) {paper: coalesce(r.paper, '')}]->(y)
  SET moved += properties(r)
  DELETE r
}
SET e.aliases = reduce(acc = e.aliases, a IN coalesce(old.aliases, []) |
                       CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' | ' + a)
DETACH DELETE old
