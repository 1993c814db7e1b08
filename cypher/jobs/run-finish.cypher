// Records how a job run ended. Parameters: $id, $status, $endedAt, $counts (a JSON object as text), $errors.
MATCH (r:JobRun {id: $id})
SET r.status = $status, r.endedAt = $endedAt, r.counts = $counts, r.errors = $errors
