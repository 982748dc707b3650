"""Certificate PDF engine: safe fetching, ICU line breaks, local QR codes, time-bounded WeasyPrint.

Submodules import WeasyPrint and ICU only when they render, so importing this package is cheap.
"""
