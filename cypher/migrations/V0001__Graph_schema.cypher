// Keys of the graph model (DESIGN.md): one uniqueness constraint per key, so MERGE on a key is an
// index seek and two writers can never create the same node twice.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT author_key IF NOT EXISTS FOR (n:Author) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (n:Entity) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT method_key IF NOT EXISTS FOR (n:Method) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (n:Dataset) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT metric_key IF NOT EXISTS FOR (n:Metric) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT result_key IF NOT EXISTS FOR (n:Result) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT ingest_locator IF NOT EXISTS FOR (n:IngestRecord) REQUIRE n.locator IS UNIQUE;
// Lookups by identifier: citations are matched to papers by DOI, arXiv id, or folded title.
CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi);
CREATE INDEX paper_arxiv IF NOT EXISTS FOR (n:Paper) ON (n.arxiv);
CREATE INDEX paper_title_key IF NOT EXISTS FOR (n:Paper) ON (n.titleKey);
CREATE INDEX paper_prompt_version IF NOT EXISTS FOR (n:Paper) ON (n.promptVersion);
CREATE INDEX ingest_outcome IF NOT EXISTS FOR (n:IngestRecord) ON (n.outcome);
// Entity-to-entity facts are keyed by the paper that states them; re-writing a paper finds its old
// statements through these.
CREATE INDEX extends_paper IF NOT EXISTS FOR ()-[r:EXTENDS]-() ON (r.paper);
CREATE INDEX improves_on_paper IF NOT EXISTS FOR ()-[r:IMPROVES_ON]-() ON (r.paper);
CREATE INDEX variant_of_paper IF NOT EXISTS FOR ()-[r:VARIANT_OF]-() ON (r.paper);
CREATE INDEX applied_to_paper IF NOT EXISTS FOR ()-[r:APPLIED_TO]-() ON (r.paper);
// Full-text search over papers and entity names (GET /api/search, Browser).
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Task|Method|Dataset|Metric) ON EACH [n.name, n.aliasText];
