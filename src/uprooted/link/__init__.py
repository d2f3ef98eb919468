"""uprooted.link"""
