// Papers of one year, by title.
// Parameters: $year (integer), $limit.
MATCH (p:Paper {year: $year})
RETURN p.title AS title, p AS paper
ORDER BY p.title
LIMIT $limit
