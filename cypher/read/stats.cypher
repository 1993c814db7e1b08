// Counts of what the graph holds: nodes per label (stub papers, known only from citations, left out)
// and relationships per type. No parameters.
MATCH (n)
UNWIND labels(n) AS label
WITH label, n WHERE NOT coalesce(n.stub, false)
RETURN 'node' AS kind, label AS name, count(*) AS n
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS n
