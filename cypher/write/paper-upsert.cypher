// Creates or updates papers with their metadata, summary and provenance.
// Parameters: $papers, a list of {id, props} where props holds only scalar properties.
UNWIND $papers AS row
MERGE (p:Paper {id: row.id})
SET p += row.props, p.stub = false
