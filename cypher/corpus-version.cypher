// name: corpus-version
// The version the last writer published (null on a database no writer has published to yet).
MATCH (c:Corpus {id: 'corpus'})
RETURN c.version AS version
