"""uprooted.export"""
