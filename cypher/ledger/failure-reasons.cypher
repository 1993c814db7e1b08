// Inputs that failed or wait, counted by outcome and reason. The summary entry of a multi-record file
// is left out: its records are counted. No parameters.
MATCH (r:IngestRecord)
WHERE r.outcome IN ['FAILED', 'PENDING']
  AND NOT EXISTS { MATCH (x:IngestRecord) WHERE x.locator STARTS WITH r.locator + '#' }
RETURN r.outcome AS outcome, r.reason AS reason, count(*) AS n
