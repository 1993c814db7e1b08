// Purpose: The datasets a method family is evaluated on: the method and every method that extends it,
//   improves on it or is a variant of it (transitively), with the datasets their papers evaluate on or
//   report results on.
// Param method (string, example "BERT"): the family's root method, by key, name, acronym or alias (any case)
// Param depth (int, default 3, example 1): how many lineage hops below the root count as family, at most 10
// Param inferred (boolean, default false, example true): also count inferred descendants as family
// Returns: dataset, methods (family members evaluated on it), papers, results (reported values)
MATCH (root:Method)
WHERE toLower($method) IN [toLower(root.key), toLower(root.name), toLower(root.acronym)]
                          + [a IN coalesce(root.aliases, []) | toLower(a)]
CALL (root) {
  RETURN root AS member
  UNION
  MATCH path = SHORTEST 1 (root)<-[r:EXTENDS|IMPROVES_ON|VARIANT_OF|INFERRED_BUILDS_ON
                                   WHERE $inferred OR NOT r:INFERRED_BUILDS_ON]-{1,10}(member:Method)
  WHERE length(path) <= $depth
  RETURN member
}
CALL (member) {
  MATCH (p:Paper)-[:PROPOSES]->(member), (p)-[:EVALUATES_ON]->(d:Dataset)
  RETURN d, p, null AS res
  UNION
  MATCH (p:Paper)-[:REPORTS]->(res:Result)-[:OF]->(member), (res)-[:ON]->(d:Dataset)
  RETURN d, p, res
}
WITH d, member, p, res
ORDER BY member.name
RETURN d.name AS dataset, collect(DISTINCT member.name) AS methods, count(DISTINCT p) AS papers,
       collect(DISTINCT CASE WHEN res IS NOT NULL THEN member.name + ': ' + res.value END) AS results
ORDER BY papers DESC, dataset
