// One paper with its authors, its extracted facts with provenance (evidence sentence, extractor,
// model, prompt version, time), the method relations it states, its reported results and its
// citations. Parameters: $id.
MATCH (p:Paper {id: $id})
RETURN p {.*,
  authors: COLLECT { MATCH (a:Author)-[w:WROTE]->(p) RETURN a {.key, .name, .orcid} ORDER BY w.position },
  facts: COLLECT {
    MATCH (p)-[r:ADDRESSES|PROPOSES|USES|COMPARES_TO|INTRODUCES|EVALUATES_ON]->(e:Entity)
    RETURN {type: type(r), label: [l IN labels(e) WHERE l <> 'Entity'][0], key: e.key, name: e.name,
            evidence: r.evidence, extractor: r.extractor, model: r.model, promptVersion: r.promptVersion, at: r.at}
    ORDER BY type(r), e.key },
  relations: COLLECT {
    MATCH (x:Entity)-[r:EXTENDS|IMPROVES_ON|VARIANT_OF|APPLIED_TO {paper: p.id}]->(y:Entity)
    RETURN {type: type(r), from: x.key, fromName: x.name, to: y.key, toName: y.name, evidence: r.evidence,
            extractor: r.extractor, model: r.model, promptVersion: r.promptVersion, at: r.at}
    ORDER BY type(r), x.key, y.key },
  results: COLLECT {
    MATCH (p)-[rep:REPORTS]->(res:Result)
    RETURN {key: res.key, value: res.value, number: res.number, unit: res.unit,
            method: head([(res)-[:OF]->(m) | m.name]), dataset: head([(res)-[:ON]->(d) | d.name]),
            metric: head([(res)-[:MEASURED_BY]->(m) | m.name]), evidence: rep.evidence,
            extractor: rep.extractor, model: rep.model, promptVersion: rep.promptVersion, at: rep.at}
    ORDER BY res.key },
  cites: COLLECT { MATCH (p)-[:CITES]->(c:Paper) RETURN c {.id, .title, .year, stub: coalesce(c.stub, false)} ORDER BY c.id },
  citedBy: COUNT { (:Paper)-[:CITES]->(p) }
} AS paper
