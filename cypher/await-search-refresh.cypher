// name: await-search-refresh
// Waits until the eventually consistent full-text index has taken every committed write: bulk loads
// run without waiting per report, then call this once so a search right after a load finds it.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
