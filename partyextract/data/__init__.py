"""Tables as data: document types, issuers, outlets, scale words, titles, page chrome.

Each module here holds plain constants (no logic) so that they can be read,
reviewed and tested as labelled examples.
"""
