// Extends a lock its holder still has (not expired, same holder), so a long run keeps it.
// Parameters: $name, $lockAtMostMs, $lockedBy. Returns 1 when extended, else 0.
MATCH (l:JobLock {name: $name})
WHERE l.lockedBy = $lockedBy AND l.lockUntil > datetime.realtime()
SET l.lockUntil = datetime.realtime() + duration({milliseconds: $lockAtMostMs})
RETURN count(l) AS extended
