"""A demo shop for trying the app and for the benchmarks: not a use case of the shop, so not a service.

`shop.py` imports Faker at its top: import it only when a demo database is made (operations/demo.py).
"""
