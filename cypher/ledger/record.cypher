// Records input outcomes. Parameters: $entries, a list of
// {locator, contentHash, format, outcome, reason, paperIds, attempts, at}.
UNWIND $entries AS row
MERGE (r:IngestRecord {locator: row.locator})
SET r += row
