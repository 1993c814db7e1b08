// When the latest successful run of a job started, or no row. Parameters: $job.
MATCH (r:JobRun {job: $job, status: 'SUCCEEDED'})
RETURN r.startedAt AS startedAt
ORDER BY r.startedAt DESC
LIMIT 1
