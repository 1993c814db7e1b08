// Fails halfway: the first statement's change must roll back with it.
MATCH (p:Paper) SET p.broken = true;
RETURN 1 / 0 AS boom;
