// A shortest citation path between two papers, as a path value.
// Parameters: $from, $to (paper ids).
MATCH p = shortestPath((a:Paper {id: $from})-[:CITES*..5]->(b:Paper {id: $to}))
RETURN p AS path, length(p) AS hops, datetime('2024-05-01T00:00:00Z') AS at
