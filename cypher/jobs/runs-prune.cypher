// Keeps the newest $keep finished runs of a job and deletes the older ones. Parameters: $job, $keep.
MATCH (r:JobRun {job: $job})
WHERE r.status <> 'RUNNING'
WITH r ORDER BY r.startedAt DESC
WITH collect(r) AS runs
UNWIND runs[$keep..] AS old
DELETE old
RETURN count(old) AS deleted
