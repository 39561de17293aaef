"""Pure domain: formats, keys, journal, policy. No Qt, no network, no database, no paths.

Data comes in as bytes or file-like objects the caller opened; data goes out the same way.
"""
