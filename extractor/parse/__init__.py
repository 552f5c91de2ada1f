"""Pure string-to-value helpers shared by ``segment`` and the field parsers.

Dates, names, author lists, venues, contact details (e-mails, phones, links), places and entry
parts, prose paragraphs: each module turns text into values and knows nothing of sections,
documents' kinds or the profile. The package sits below ``segment`` and ``fields``; it imports
only ``document``, ``patterns``, ``profile`` and ``repair``.
"""
