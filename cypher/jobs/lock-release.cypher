// Releases a job's lock: free now, or when its lock-at-least time is over.
// Parameters: $name, $lockAtLeastMs, $lockedBy.
MATCH (l:JobLock {name: $name})
WHERE l.lockedBy = $lockedBy
WITH l, l.lockedAt + duration({milliseconds: $lockAtLeastMs}) AS earliest
SET l.lockUntil = CASE WHEN earliest > datetime.realtime() THEN earliest ELSE datetime.realtime() END
