// The content hash each paper's last write stored, to leave papers whose content is unchanged alone.
// Stubs have none. Parameters: $ids (paper ids). Returns id, contentHash and stub for the papers stored.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.contentHash AS contentHash, coalesce(p.stub, false) AS stub
