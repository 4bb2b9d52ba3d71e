"""Documents for customers, made from plain data: they never query (DESIGN.md: reports take plain data)."""
