// Input files due for another try: failed or pending, fewer than $maxAttempts attempts, and the wait
// since the last attempt is over. The wait grows with each attempt: $initialSeconds × $multiplier^(attempts − 1),
// at most $maxSeconds. Whole files only: a record of a multi-record file (path#line) is retried with its file.
// Parameters: $now (ISO instant text), $maxAttempts, $initialSeconds, $multiplier, $maxSeconds, $limit.
MATCH (r:IngestRecord)
WHERE r.outcome IN ['FAILED', 'PENDING'] AND coalesce(r.attempts, 1) < $maxAttempts
  AND NOT r.locator =~ '.*#[0-9]+'
WITH r, $initialSeconds * $multiplier ^ (coalesce(r.attempts, 1) - 1) AS grown
WITH r, toInteger(CASE WHEN grown > $maxSeconds THEN $maxSeconds ELSE grown END) AS wait
WHERE datetime(r.at) + duration({seconds: wait}) <= datetime($now)
RETURN r.locator AS locator, r.outcome AS outcome, coalesce(r.attempts, 1) AS attempts, r.reason AS reason
ORDER BY r.at
LIMIT $limit
