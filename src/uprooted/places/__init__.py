"""uprooted.places"""
