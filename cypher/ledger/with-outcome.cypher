// Ledger entries with one outcome, oldest first. Parameters: $outcome, $limit.
MATCH (r:IngestRecord {outcome: $outcome})
RETURN r
ORDER BY r.at
LIMIT $limit
