"""Organisation names that are written the same in every language, and the kind of each.

Packs add their own language forms ("FN", "Røde Kors", "aid agencies") mapping to the same
canonical names; `SOURCE_KINDS` ranks them for reconciliation (`uprooted.models.Source.kind`).
Keys of `SHARED_FORMS` are regex fragments, matched case-sensitively for acronyms.
"""

from __future__ import annotations

# canonical name -> kind
SOURCE_KINDS: dict[str, str] = {
    "IOM": "iom",
    "United Nations": "un",
    "UNHCR": "un",
    "OCHA": "un",
    "UNICEF": "un",
    "WFP": "un",
    "UNRWA": "un",
    "WHO": "un",
    "UNMISS": "un",
    "MONUSCO": "un",
    "UNAMA": "un",
    "Red Cross": "red_cross",
    "Red Crescent": "red_cross",
    "ICRC": "red_cross",
    "IFRC": "red_cross",
    "government": "government",
    "authorities": "government",
    "police": "government",
    "military": "government",
    "IDMC": "ngo",
    "NRC": "ngo",
    "MSF": "ngo",
    "aid agencies": "ngo",
    "Save the Children": "ngo",
    "Amnesty International": "ngo",
    "Human Rights Watch": "ngo",
    "Oxfam": "ngo",
    "World Vision": "ngo",
    "CARE": "ngo",
    "Reuters": "media",
    "AFP": "media",
    "AP": "media",
    "Xinhua": "media",
    "BBC": "media",
    "Al Jazeera": "media",
    "CNN": "media",
    "Rudaw": "media",
    "media": "media",
}

# form as written (regex, case-sensitive) -> canonical name
SHARED_FORMS: dict[str, str] = {
    r"IOM|OIM|MOM": "IOM",
    r"DTM": "IOM",
    r"Displacement Tracking Matrix": "IOM",
    r"UNHCR|HCR|ACNUR": "UNHCR",
    r"UN ?OCHA|OCHA": "OCHA",
    r"UNICEF": "UNICEF",
    r"WFP|PAM": "WFP",
    r"UNRWA": "UNRWA",
    r"UNMISS": "UNMISS",
    r"MONUSCO": "MONUSCO",
    r"UNAMA": "UNAMA",
    r"ICRC|CICR": "ICRC",
    r"IFRC|FICR": "IFRC",
    r"IDMC": "IDMC",
    r"NRC": "NRC",
    r"MSF": "MSF",
    r"Oxfam": "Oxfam",
    r"Reuters": "Reuters",
    r"AFP": "AFP",
    r"Xinhua": "Xinhua",
    r"BBC": "BBC",
    r"CNN": "CNN",
    r"Al[- ]Jazeera": "Al Jazeera",
    r"Rudaw": "Rudaw",
    r"Amnesty International": "Amnesty International",
    r"Human Rights Watch": "Human Rights Watch",
    r"Save the Children": "Save the Children",
    r"World Vision": "World Vision",
    r"NDMA|NDRRMC|BNPB|NEMA|SNGRD|UNGRD|ONEMI|DGPC|FEMA": "government",
}


def source_kind(canonical: str | None) -> str | None:
    """The kind of a canonical source name; unknown names are `other`."""
    if not canonical:
        return None
    return SOURCE_KINDS.get(canonical, "other")
