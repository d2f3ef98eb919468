"""uprooted.ingest"""
