"""Language packs, discovered by folder: `lang/xx/__init__.py` defines `PACK`."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from functools import cache

from uprooted.lang.base import LanguagePack

DEFAULT_LANG = "en"

log = logging.getLogger(__name__)


@cache
def _discover() -> tuple[dict[str, LanguagePack], dict[str, str]]:
    packs: dict[str, LanguagePack] = {}
    errors: dict[str, str] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.ispkg:
            continue
        try:
            module = importlib.import_module(f"{__name__}.{info.name}")
        except Exception as exc:  # noqa: BLE001 - one broken pack must not take the others down
            errors[info.name] = f"{exc.__class__.__name__}: {exc}"
            log.error("language pack %s could not be loaded: %s", info.name, errors[info.name])
            continue
        pack = getattr(module, "PACK", None)
        if isinstance(pack, LanguagePack):
            for code in pack.codes:
                packs[code] = pack
        else:
            errors[info.name] = "no PACK defined"
    return packs, errors


def all_packs() -> dict[str, LanguagePack]:
    """Every pack under this folder, keyed by each code it serves."""
    return _discover()[0]


def pack_errors() -> dict[str, str]:
    """Packs that failed to load, with why (a test asserts there are none)."""
    return _discover()[1]


def get_pack(code: str | None) -> LanguagePack | None:
    """The pack for a language code ("nb", "nn", "no", "en-GB"), or None if there is none."""
    if not code:
        return None
    code = code.lower().replace("_", "-")
    packs = all_packs()
    return packs.get(code) or packs.get(code.split("-")[0])


def supported_languages() -> list[str]:
    return sorted({p.code for p in all_packs().values()})
