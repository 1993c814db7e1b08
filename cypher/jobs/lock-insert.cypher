// Creates a job's lock record, taken, when there is none yet; returns whether this call created it.
// The uniqueness constraint on JobLock.name makes two concurrent creators meet on one node.
// Times are the database's, so instances with skewed clocks still agree.
// Parameters: $name, $lockAtMostMs, $lockedBy, $token (unique per call).
MERGE (l:JobLock {name: $name})
ON CREATE SET l.lockUntil = datetime.realtime() + duration({milliseconds: $lockAtMostMs}),
              l.lockedAt = datetime.realtime(), l.lockedBy = $lockedBy, l.createdBy = $token
RETURN l.createdBy = $token AS created
