"""uprooted.store"""
