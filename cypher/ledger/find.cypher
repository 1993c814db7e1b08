// Ledger entries of the given inputs. Parameters: $locators.
UNWIND $locators AS locator
MATCH (r:IngestRecord {locator: locator})
RETURN r
