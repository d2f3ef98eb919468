"""uprooted.api"""
