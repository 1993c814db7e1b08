// Tasks, methods, datasets and metrics, one node per canonical key. Every entity also carries the
// Entity label and a uid of label and key, so one statement serves all four labels with index seeks.
// Parameters: $entities, a list of {uid, label, key, name, acronym, aliases}.
UNWIND $entities AS row
MERGE (e:Entity {uid: row.uid})
ON CREATE SET e:$(row.label), e.key = row.key, e.name = row.name
SET e.acronym = coalesce(e.acronym, row.acronym),
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
                       CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' | ' + a)
