// name: bump-corpus-version
// Publishes "the corpus changed": writers run it after their report transactions, and every server
// compares the version with the one its cached answers were computed at. A fresh random value, not a
// counter: after delete-all the node is gone, and a restarted counter could repeat an old version.
MERGE (c:Corpus {id: 'corpus'})
SET c.version = randomUUID()
RETURN c.version AS version
