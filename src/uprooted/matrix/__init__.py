"""uprooted.matrix"""
