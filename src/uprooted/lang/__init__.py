"""Language packs, discovered by folder: `lang/xx/__init__.py` defines `PACK`."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from uprooted.lang.base import LanguagePack

DEFAULT_LANG = "en"


@cache
def all_packs() -> dict[str, LanguagePack]:
    """Every pack under this folder, keyed by each code it serves."""
    packs: dict[str, LanguagePack] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        pack = getattr(module, "PACK", None)
        if isinstance(pack, LanguagePack):
            for code in pack.codes:
                packs[code] = pack
    return packs


def get_pack(code: str | None) -> LanguagePack | None:
    """The pack for a language code ("nb", "nn", "no", "en-GB"), or None if there is none."""
    if not code:
        return None
    code = code.lower().replace("_", "-")
    packs = all_packs()
    return packs.get(code) or packs.get(code.split("-")[0])


def supported_languages() -> list[str]:
    return sorted({p.code for p in all_packs().values()})
