"""uprooted.batch"""
