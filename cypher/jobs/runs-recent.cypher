// The latest runs, newest first, of one job or (with $job null) of all jobs.
// Parameters: $job (or null), $limit.
MATCH (r:JobRun)
WHERE $job IS NULL OR r.job = $job
RETURN r {.*} AS run
ORDER BY r.startedAt DESC
LIMIT $limit
