// One job run. Parameters: $id.
MATCH (r:JobRun {id: $id})
RETURN r {.*} AS run
