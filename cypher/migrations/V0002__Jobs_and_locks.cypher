// Scheduled jobs: one lock node per job name (ShedLock's record, so two app instances on one database
// never run the same job at once) and one JobRun node per run.
CREATE CONSTRAINT job_lock_name IF NOT EXISTS FOR (n:JobLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT job_run_id IF NOT EXISTS FOR (n:JobRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX job_run_job_started IF NOT EXISTS FOR (n:JobRun) ON (n.job, n.startedAt);
