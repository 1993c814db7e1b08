// Purpose: How the methods for a task evolved, year by year: which methods the papers on the task
//   proposed each year, and which earlier methods they used or compared against.
// Param task (string, example "question answering"): part of the task's name, key or alias (any case),
//   so "translation" covers every translation task
// Returns: year, proposed (methods first proposed for the task that year), usedOrCompared, papers, tasks
MATCH (t:Task)
WHERE any(s IN [t.key, t.name] + coalesce(t.aliases, []) WHERE toLower(s) CONTAINS toLower($task))
CALL (t) {
  MATCH (p:Paper)-[:ADDRESSES]->(t)
  MATCH (p)-[r:PROPOSES|USES|COMPARES_TO]->(m:Method)
  RETURN p, m, type(r) = 'PROPOSES' AS proposed
  UNION
  MATCH (m:Method)-[a:APPLIED_TO]->(t)
  MATCH (p:Paper {id: a.paper})
  RETURN p, m, exists { (p)-[:PROPOSES]->(m) } AS proposed
}
WITH p.year AS year, t, p, m, proposed
ORDER BY m.name
RETURN year,
       collect(DISTINCT CASE WHEN proposed THEN m.name END) AS proposed,
       collect(DISTINCT CASE WHEN NOT proposed THEN m.name END) AS usedOrCompared,
       count(DISTINCT p) AS papers,
       collect(DISTINCT t.name) AS tasks
ORDER BY year
