// Marks papers written since $since. Two statements, one transaction.
MATCH (p:Paper) WHERE datetime(p.extractedAt) >= datetime($since) SET p.seen = true;
MATCH (p:Paper {seen: true}) SET p.seenTwice = true;
