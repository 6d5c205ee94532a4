"""Reading object ids from requests."""

# A database integer has at most 19 digits (PostgreSQL bigint); int() refuses strings of
# more than 4,300 digits, and SQLite integers larger than 2**63 - 1.
MAX_ID_DIGITS = 18


def object_id(value):
    """The id (``int`` ≥ 0) that ``value`` (a ``str`` from a query string, form or URL)
    stands for, or None when it is not one: only decimal digits, at most ``MAX_ID_DIGITS``.
    (``str.isdigit()`` accepts "²", which ``int()`` refuses.)"""
    value = str(value)
    if value.isdecimal() and len(value) <= MAX_ID_DIGITS:
        return int(value)
    return None
