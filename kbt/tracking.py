"""Campaign and click-tracking parameters: what newsletter, social and analytics tools add to
a link to our site (``?utm_source=nyhetsbrev``), which no page reads.

The conversation tool passes over them without the note it gives for parameters it does not
understand (``course_pages.conversation_tool``). The page cache does not cache a URL that has
them (``course_pages.caching``): pages such as search and the news index render their query
string into the page, so a response for a tracking URL is not the plain URL's.
"""

# Google Analytics' campaign parameters (utm_source, utm_medium, …) and cross-domain linker
# (_gl), and the click ids of Facebook, Instagram, Google Ads and Display, Microsoft Ads,
# Yandex, TikTok and Mailchimp.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = frozenset(
    {"_gl", "fbclid", "igshid", "gclid", "dclid", "msclkid", "yclid", "ttclid", "mc_cid", "mc_eid"}
)


def is_tracking_parameter(name):
    """Whether the query parameter ``name`` (a str) is a campaign or click-tracking parameter
    (``TRACKING_PARAMETERS``, or starting with ``utm_``), in any case: some tools write
    ``UTM_SOURCE``."""
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)
