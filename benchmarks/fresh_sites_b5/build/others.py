"""stub"""
PAGES: list = []
