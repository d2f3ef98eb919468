"""uprooted.extract"""
