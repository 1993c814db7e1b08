// Purpose: The methods most built upon: how many distinct methods extend them, improve on them or are
//   variants of them, as stated by papers (and, if asked, as inferred from citations).
// Param limit (int, default 10, example 5): how many methods to list
// Param inferred (boolean, default false, example true): also count inferred lineage edges
// Returns: method, year (first proposed), builtOnBy (number of methods), stated (of them, stated in text),
//   papers (stating or supporting it), descendants
MATCH (m:Method)<-[r:EXTENDS|IMPROVES_ON|VARIANT_OF|INFERRED_BUILDS_ON]-(d:Method)
WHERE d <> m AND ($inferred OR NOT r:INFERRED_BUILDS_ON)
WITH m, d, r
ORDER BY d.name
WITH m, count(DISTINCT d) AS builtOnBy,
     count(DISTINCT CASE WHEN NOT r:INFERRED_BUILDS_ON THEN d END) AS stated,
     collect(DISTINCT d.name) AS descendants,
     collect(coalesce(r.papers, [r.paper])) AS paperLists
// stated edges name one paper each, inferred ones a list: count each paper once
WITH m, builtOnBy, stated, descendants,
     size(reduce(seen = [], ps IN paperLists | seen + [id IN ps WHERE NOT id IN seen])) AS papers
RETURN m.name AS method,
       COLLECT { MATCH (p:Paper)-[:PROPOSES]->(m) WHERE p.year IS NOT NULL RETURN p.year ORDER BY p.year
                 LIMIT 1 }[0] AS year,
       builtOnBy, stated, papers, descendants
ORDER BY builtOnBy DESC, stated DESC, papers DESC, method
LIMIT $limit
