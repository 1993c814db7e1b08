// Runs after a failing file. Parameters: $since.
MATCH (a:Paper {id: 'p1'}), (b:Paper {id: 'p2'}) MERGE (a)-[:RELATED]->(b)
