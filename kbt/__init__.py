"""The project package: settings, URLs and the WSGI entry point.

It is called ``kbt`` because Python's standard library owns the module name ``site``;
the top-level ``site/`` folder holds the site-wide templates and static files instead.
"""
