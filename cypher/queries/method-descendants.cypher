// Purpose: Descendants of a method: the methods that extend it, improve on it or are variants of it,
//   hop by hop forward in time, with the year each was first proposed. Stated lineage comes from the
//   papers' text; inferred hops (INFERRED_BUILDS_ON) are marked.
// Param method (string, example "BERT"): the method, by key, name, acronym or alias (any case)
// Param depth (int, default 5, example 2): how many hops forward to follow, at most 10
// Param inferred (boolean, default true, example false): also follow inferred lineage edges
// Returns: method, descendant, year, hops, lineage (stated or inferred), chain (each hop with its year)
MATCH (m:Method)
WHERE toLower($method) IN [toLower(m.key), toLower(m.name), toLower(m.acronym)]
                          + [a IN coalesce(m.aliases, []) | toLower(a)]
MATCH path = ALL SHORTEST (m)<-[r:EXTENDS|IMPROVES_ON|VARIANT_OF|INFERRED_BUILDS_ON
                              WHERE $inferred OR NOT r:INFERRED_BUILDS_ON]-{1,10}(descendant:Method)
WHERE length(path) <= $depth AND descendant <> m
// of the shortest chains to each descendant, show the one with the fewest inferred hops
WITH m, descendant, path
ORDER BY size([x IN relationships(path) WHERE x:INFERRED_BUILDS_ON]), [n IN nodes(path) | n.key],
         [x IN relationships(path) | type(x) + coalesce(x.basis, '')]
WITH m, descendant, head(collect(path)) AS path
WITH m, descendant, path,
     [n IN nodes(path) | COLLECT { MATCH (p:Paper)-[:PROPOSES]->(n) WHERE p.year IS NOT NULL
                                   RETURN p.year ORDER BY p.year LIMIT 1 }[0]] AS years
RETURN m.name AS method, descendant.name AS descendant, years[-1] AS year, length(path) AS hops,
       CASE WHEN any(x IN relationships(path) WHERE x:INFERRED_BUILDS_ON) THEN 'inferred' ELSE 'stated' END
         AS lineage,
       reduce(s = m.name + coalesce(' (' + toString(years[0]) + ')', ''), i IN range(0, length(path) - 1) |
         s + ' <-' + type(relationships(path)[i])
           + coalesce('(' + relationships(path)[i].basis + ')', '') + '- ' + nodes(path)[i + 1].name
           + coalesce(' (' + toString(years[i + 1]) + ')', '')) AS chain
ORDER BY method, hops, year, descendant
