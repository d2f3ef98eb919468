"""Store revisions, oldest first: 0001 documents/facts/links, 0002 analyst review."""
