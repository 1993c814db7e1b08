// Records that a job run started. Parameters: $run, a map {id, job, trigger, instance, status, startedAt}.
CREATE (r:JobRun)
SET r = $run
