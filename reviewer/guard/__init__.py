"""The fact guard: is a rewrite of a draft safe to send?

One set of checks behind ``reviewer rewrite`` (every model answer), ``reviewer
verify`` (a rewrite made elsewhere) and ``reviewer eval rewrite`` (facts_kept,
facts_invented):

- ``facts``: the facts a text states, as typed, normalised values;
- ``names``: people, places and companies, Russian ones by lemma;
- ``promises``: remedies and commitments, by meaning;
- ``compare``: kept, dropped, changed, added; promises the draft never made;
- ``verify``: those plus re-lint, language and length, with reasons in the
  draft's language; ``verify()`` for a rewrite made elsewhere;
- ``pii``: masking personal data before anything leaves the machine.
"""
