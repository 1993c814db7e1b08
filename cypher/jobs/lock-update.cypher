// Takes a job's lock when it is free (its lockUntil has passed). Setting a property first takes the
// node's write lock, so the check below reads the latest committed state and two instances can never
// both see the lock free (Neo4j reads committed data; without this, both could take it).
// Parameters: $name, $lockAtMostMs, $lockedBy. Returns 1 when taken, else 0.
MATCH (l:JobLock {name: $name})
SET l.writeLock = true
WITH l
REMOVE l.writeLock
WITH l WHERE l.lockUntil <= datetime.realtime()
SET l.lockUntil = datetime.realtime() + duration({milliseconds: $lockAtMostMs}),
    l.lockedAt = datetime.realtime(), l.lockedBy = $lockedBy
RETURN count(l) AS taken
