// Deletes entities, stub papers and authors that re-writing left without any link.
// Parameters: $entityUids, $paperIds, $authorKeys.
CALL {
  UNWIND $entityUids AS uid
  MATCH (e:Entity {uid: uid}) WHERE NOT (e)--()
  DELETE e
}
CALL {
  UNWIND $paperIds AS id
  MATCH (s:Paper {id: id}) WHERE s.stub AND NOT (s)--()
  DELETE s
}
CALL {
  UNWIND $authorKeys AS key
  MATCH (a:Author {key: key}) WHERE NOT (a)--()
  DELETE a
}
