// Papers to extract again: made by the current extractor with an older model or prompt version, or by
// the offline stand-in while the LLM server was down. Oldest extraction first, with what extracting
// them again needs: metadata, authors in order, cited papers. Papers of other extractors are left alone
// (an offline run never overwrites LLM facts).
// Parameters: $extractor, $model, $promptVersion, $exclude (ids to leave out), $limit.
MATCH (p:Paper)
WHERE NOT coalesce(p.stub, false) AND p.extractor IS NOT NULL AND NOT p.id IN $exclude
  AND (p.extractor = $extractor OR p.extractor ENDS WITH '+fallback')
  AND (p.extractor <> $extractor OR p.model <> $model OR p.promptVersion <> $promptVersion)
WITH p ORDER BY p.extractedAt, p.id
LIMIT $limit
RETURN p {.id, .title, .abstract, .year, .venue, .doi, .arxiv, .pmid, .lang, .keywords, .readBy,
          authors: COLLECT { MATCH (a:Author)-[w:WROTE]->(p) RETURN a {.name, .orcid} ORDER BY w.position },
          references: COLLECT { MATCH (p)-[:CITES]->(c:Paper) RETURN c {.id, .title, .year, .doi, .arxiv} ORDER BY c.id }
       } AS paper
