// How many inputs ended in each outcome. No parameters.
MATCH (r:IngestRecord)
RETURN r.outcome AS outcome, count(*) AS n
