// How many cited papers are known only from citations. No parameters.
MATCH (p:Paper) WHERE p.stub
RETURN count(p) AS n
