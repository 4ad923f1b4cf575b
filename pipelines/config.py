"""Reading adsweep's settings into typed config objects (``Config.from_settings``).

Every default lives in ``crawlers/settings.py`` (the Scrapy project's settings module); a
component reads its settings once, through :func:`setting`, into a frozen dataclass. A key the
crawler's settings do not have means Scrapy was started without that module: that is an error
here, never a silent ``0``, ``False`` or ``None`` standing in for the documented default.
"""

from __future__ import annotations

from typing import Any

from pipelines.errors import SettingsError

__all__ = ["SettingsError", "setting"]

_KINDS = ("", "bool", "int", "float", "list", "dict")


def setting(settings: Any, name: str, kind: str = "") -> Any:
    """The value of ``name`` in Scrapy ``settings``, converted by ``get<kind>`` (e.g. ``int``)."""
    if kind not in _KINDS:
        raise ValueError(f"unknown setting kind {kind!r}")
    if name not in settings:
        raise SettingsError(
            f"setting {name} is not defined: start Scrapy with adsweep's settings module "
            "(crawlers.settings), where every setting has its default"
        )
    try:
        return getattr(settings, f"get{kind}")(name)
    except (TypeError, ValueError) as e:
        raise SettingsError(f"setting {name}: {e}") from e
