// Inferred lineage: (m2:Method)-[:INFERRED_BUILDS_ON {basis}]->(m1:Method) where the text is silent.
// Evidence: a paper proposing m2 cites a paper proposing m1 (never a later one: the cited paper's year
// must not exceed the citing paper's, and two papers of one year that cite each other give no direction)
// and, besides the citation, the two papers
//   'citation+task'    address a shared task,
//   'citation+dataset' evaluate on (or introduce) a shared dataset, or
//   'citation+mention' the citing paper itself names m1 (uses it or compares to it), or
//   'citation+name'    m2's name carries m1's (SpanBERT, BERT4Rec: BERT; GATv2: GAT; Transformer-XL),
//                      m1's name, acronym or key (3+ characters) at the start or end of a word of one
//                      of m2's names.
// A separate relationship type, so inferred lineage never mixes with stated EXTENDS/IMPROVES_ON/VARIANT_OF;
// one edge per method pair and basis, with props basis, papers (every supporting paper), citing, cited,
// shared (the task/dataset/method keys), derivedBy and derivedAt (set once, when first inferred).
// Parameters: $since, an ISO-8601 instant (string or datetime) or null for everything. Papers extracted
// at or after it are re-examined: every method pair they can affect is recomputed from the whole graph,
// edges that lost their evidence are removed. Idempotent: running it again changes nothing.

// Papers re-examined, the methods they speak of (a re-extraction or an absorbed method node shows up
// here), and the methods proposed by the papers they cite or are cited by: an inferred edge needs a
// citation, so no other method pair can change. Bounded by citations, not by how many papers share a
// popular task (which would make every paper on "question answering" re-examine all the others).
MATCH (p:Paper)
WHERE NOT coalesce(p.stub, false)
  AND ($since IS NULL OR datetime(p.extractedAt) >= datetime($since))
WITH collect(p) AS touched
WITH [x IN touched | x.id] AS touchedIds,
     COLLECT { UNWIND touched AS t MATCH (t)-[:PROPOSES|USES|COMPARES_TO]->(m:Method) RETURN m }
     + COLLECT { UNWIND touched AS t
                 MATCH (t)-[:CITES]-(:Paper)-[:PROPOSES]->(m:Method)
                 RETURN m } AS linked
WITH touchedIds, COLLECT { UNWIND linked AS m RETURN DISTINCT m } AS methods
// Method pairs to recompute: existing inferred edges that rest on a touched paper or touch one of those
// methods, and every candidate pair (citation between proposing papers) with one end among those methods.
CALL (touchedIds, methods) {
  MATCH (m2:Method)-[r:INFERRED_BUILDS_ON]->(m1:Method)
  WHERE any(id IN r.papers WHERE id IN touchedIds) OR m2 IN methods OR m1 IN methods
  RETURN m2, m1
  UNION
  UNWIND methods AS m2
  MATCH (m2)<-[:PROPOSES]-(:Paper)-[:CITES]->(:Paper)-[:PROPOSES]->(m1:Method)
  WHERE m2 <> m1
  RETURN m2, m1
  UNION
  UNWIND methods AS m1
  MATCH (m2:Method)<-[:PROPOSES]-(:Paper)-[:CITES]->(:Paper)-[:PROPOSES]->(m1)
  WHERE m2 <> m1
  RETURN m2, m1
}
WITH DISTINCT m2, m1
// The evidence for each pair, one map per basis (an empty list when the pair no longer qualifies).
WITH m2, m1, COLLECT {
  MATCH (p2:Paper)-[:PROPOSES]->(m2), (p2)-[:CITES]->(p1:Paper)-[:PROPOSES]->(m1)
  WHERE p2 <> p1 AND coalesce(p1.year <= p2.year, true)
    // papers of one year that cite each other (revised preprints) give no direction
    AND (coalesce(p1.year < p2.year, false) OR NOT (p1)-[:CITES]->(p2))
  CALL (p2, p1, m1, m2) {
    MATCH (p2)-[:ADDRESSES]->(t:Task)<-[:ADDRESSES]-(p1)
    RETURN 'citation+task' AS basis, t.key AS shared
    UNION
    MATCH (p2)-[:EVALUATES_ON|INTRODUCES]->(d:Dataset)<-[:EVALUATES_ON|INTRODUCES]-(p1)
    RETURN 'citation+dataset' AS basis, d.key AS shared
    UNION
    MATCH (p2)-[:USES|COMPARES_TO]->(m1)
    RETURN 'citation+mention' AS basis, m1.key AS shared
    UNION
    WITH m1, m2,
         [s IN [m1.key, toLower(m1.name), toLower(m1.acronym)] WHERE size(s) >= 3] AS short,
         [l IN [m2.key, toLower(m2.name), toLower(m2.acronym)] + [a IN coalesce(m2.aliases, []) | toLower(a)]
          WHERE l IS NOT NULL] AS long
    WHERE any(s IN short WHERE any(l IN long WHERE l <> s
            AND (l STARTS WITH s OR l ENDS WITH s OR l CONTAINS ' ' + s OR l CONTAINS '-' + s
                 OR l CONTAINS s + ' ' OR l CONTAINS s + '-')))
    RETURN 'citation+name' AS basis, m1.key AS shared
  }
  WITH basis, p2.id AS citing, p1.id AS cited, shared
  ORDER BY citing, cited, shared
  WITH basis, collect(DISTINCT citing) AS citing, collect(DISTINCT cited) AS cited,
       collect(DISTINCT shared) AS shared
  RETURN {basis: basis, citing: citing, cited: cited, shared: shared,
          papers: COLLECT { UNWIND citing + cited AS id RETURN DISTINCT id ORDER BY id }} AS e
} AS evidence
CALL (m2, m1, evidence) {
  MATCH (m2)-[stale:INFERRED_BUILDS_ON]->(m1)
  WHERE NOT stale.basis IN [e IN evidence | e.basis]
  DELETE stale
}
// FOREACH, not a subquery: a pair left without evidence must still reach the cleanup below
FOREACH (e IN evidence |
  MERGE (m2)-[r:INFERRED_BUILDS_ON {basis: e.basis}]->(m1)
  ON CREATE SET r.derivedAt = toString(datetime())
  SET r.citing = e.citing, r.cited = e.cited, r.shared = e.shared, r.papers = e.papers,
      r.derivedBy = 'derive/020-inferred-lineage')
// A method whose last link was a stale inferred edge goes, as the writer's orphan cleanup would have
// removed it had the edge not held it.
WITH collect(m2) + collect(m1) AS seen, count(*) AS pairs, sum(size(evidence)) AS edges
CALL (seen) {
  UNWIND seen AS m
  WITH DISTINCT m WHERE NOT (m)--()
  DELETE m
}
RETURN pairs, edges
