// Full-text indexes are brought up to date just after a write commits, on Neo4j's own index thread,
// instead of inside every commit. Indexing a paper's abstract was the largest single part of a write
// transaction's commit; a search through the app waits for the indexes to catch up first
// (read/search), so what the app wrote is what it finds.
DROP INDEX paper_text IF EXISTS;
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Task|Method|Dataset|Metric) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
