"""The translators' rules and tools, in one package.

- ``permissions``: who may edit, publish, translate or delete which language's content (the
  one module every view and hook asks), and the question bank's locale-scoped policy.
- ``saving``: the one way a translation is saved and published (``Translation.save_target``).
- ``overrides``: which links, images and documents a translation may put in place of the
  source's, when set and when used.
- ``tree``: each translated page tree keeps its source's shape and order.
- ``views``: wagtail-localize's admin views, guarded by those rules, at the same URLs.
- ``review``: "Submit for review" from the translation editor, through Wagtail's workflows.
- ``status``: what is behind its source or not live, for the dashboard panel and the report.
- ``groups``: the "Translators (<language>)" groups and the question bank's workflow.
- ``hooks``: the Wagtail hooks that wire these into the admin.
- ``demo``: translating the demo content through wagtail-localize, as a translator would.
"""
