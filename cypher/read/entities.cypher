// Every stored entity with its names, to seed the resolver's alias directory. No parameters.
MATCH (e:Entity)
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.key AS key, e.name AS name,
       e.acronym AS acronym, coalesce(e.aliases, []) AS aliases
