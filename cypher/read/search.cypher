// Full-text search over paper titles and abstracts and over entity names and aliases, best first.
// Parameters: $query (Lucene syntax; user text must be escaped before), $limit.
// The full-text indexes are eventually consistent (migration V0003): waiting for them to catch up first
// makes a search find everything committed before it.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL () {
  CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node, score
  WHERE NOT coalesce(node.stub, false)
  RETURN 'Paper' AS kind, node.id AS id, node.title AS name, node.year AS year, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS kind, node.key AS id, node.name AS name, null AS year, score
}
RETURN kind, id, name, year, score
ORDER BY score DESC, kind, id
LIMIT $limit
