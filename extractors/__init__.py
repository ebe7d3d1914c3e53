"""Rule-based Indonesian extractors of award records.

``extractors.records.extract_records(text, title, published)`` gives the
records of one article; ``extractors.pipeline.nlp()`` is the spaCy pipeline
(blank ``id`` + span ruler) it runs on candidate sentences. Rules that are
word lists live in ``extractors/data/``. This package file imports nothing,
so reading the data files does not load spaCy.
"""
