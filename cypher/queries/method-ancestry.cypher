// Purpose: Ancestors of a method: what it extends, improves on or is a variant of, hop by hop back in
//   time, with the year each ancestor was first proposed. Stated lineage comes from the papers' text;
//   inferred hops (INFERRED_BUILDS_ON, from citations plus a shared task, dataset or mention) are marked.
// Param method (string, example "BERT"): the method, by key, name, acronym or alias (any case)
// Param depth (int, default 5, example 3): how many hops back to follow, at most 10
// Param inferred (boolean, default true, example false): also follow inferred lineage edges
// Returns: method, ancestor, year, hops, lineage (stated or inferred), chain (each hop with its year)
MATCH (m:Method)
WHERE toLower($method) IN [toLower(m.key), toLower(m.name), toLower(m.acronym)]
                          + [a IN coalesce(m.aliases, []) | toLower(a)]
MATCH path = ALL SHORTEST (m)-[r:EXTENDS|IMPROVES_ON|VARIANT_OF|INFERRED_BUILDS_ON
                             WHERE $inferred OR NOT r:INFERRED_BUILDS_ON]->{1,10}(ancestor:Method)
WHERE length(path) <= $depth AND ancestor <> m
// of the shortest chains to each ancestor, show the one with the fewest inferred hops
WITH m, ancestor, path
ORDER BY size([x IN relationships(path) WHERE x:INFERRED_BUILDS_ON]), [n IN nodes(path) | n.key],
         [x IN relationships(path) | type(x) + coalesce(x.basis, '')]
WITH m, ancestor, head(collect(path)) AS path
WITH m, ancestor, path,
     [n IN nodes(path) | COLLECT { MATCH (p:Paper)-[:PROPOSES]->(n) WHERE p.year IS NOT NULL
                                   RETURN p.year ORDER BY p.year LIMIT 1 }[0]] AS years
RETURN m.name AS method, ancestor.name AS ancestor, years[-1] AS year, length(path) AS hops,
       CASE WHEN any(x IN relationships(path) WHERE x:INFERRED_BUILDS_ON) THEN 'inferred' ELSE 'stated' END
         AS lineage,
       reduce(s = m.name + coalesce(' (' + toString(years[0]) + ')', ''), i IN range(0, length(path) - 1) |
         s + ' -' + type(relationships(path)[i])
           + coalesce('(' + relationships(path)[i].basis + ')', '') + '-> ' + nodes(path)[i + 1].name
           + coalesce(' (' + toString(years[i + 1]) + ')', '')) AS chain
ORDER BY method, hops, year, ancestor
