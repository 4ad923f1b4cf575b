"""Evidence: WARC records, content-addressed screenshots and text, a hash-chained manifest."""
