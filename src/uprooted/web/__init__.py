"""uprooted.web"""
