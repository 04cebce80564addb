// name: db-version
// Neo4j product version and edition, for status output.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
