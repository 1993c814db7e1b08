// A file moved (inbox to processed/ or failed/): its entry and its records' entries (path#line) follow
// it. Entries left at the new path by an earlier file of that name are dropped first.
// Parameters: $from, $to (paths). Returns how many entries moved.
CALL {
  MATCH (old:IngestRecord)
  WHERE old.locator = $to OR old.locator STARTS WITH $to + '#'
  DELETE old
}
MATCH (r:IngestRecord)
WHERE r.locator = $from OR r.locator STARTS WITH $from + '#'
SET r.locator = $to + substring(r.locator, size($from))
RETURN count(r) AS moved
