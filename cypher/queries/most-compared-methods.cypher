// Purpose: The methods most compared against: how many papers use them as a baseline (COMPARES_TO) or
//   state that their own method improves on them (IMPROVES_ON).
// Param limit (int, default 10, example 5): how many methods to list
// Returns: method, year (first proposed), papers (comparing), comparedBy (what those papers propose)
MATCH (m:Method)
CALL (m) {
  MATCH (p:Paper)-[:COMPARES_TO]->(m)
  RETURN p
  UNION
  MATCH (:Method)-[i:IMPROVES_ON]->(m)
  MATCH (p:Paper {id: i.paper})
  RETURN p
}
WITH m, collect(DISTINCT p) AS papers
RETURN m.name AS method,
       COLLECT { MATCH (q:Paper)-[:PROPOSES]->(m) WHERE q.year IS NOT NULL RETURN q.year ORDER BY q.year
                 LIMIT 1 }[0] AS year,
       size(papers) AS papers,
       COLLECT { UNWIND papers AS p MATCH (p)-[:PROPOSES]->(x:Method) WHERE x <> m
                 RETURN DISTINCT x.name AS name ORDER BY name } AS comparedBy
ORDER BY papers DESC, method
LIMIT $limit
