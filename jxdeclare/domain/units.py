"""Units of indicator values: recognising how people write them, and exact conversion.

Conversions only happen inside one dimension and every factor is a power of ten, so a conversion
just moves the decimal point (``Decimal.scaleb``) and is exact: 0.2 mg/kg is 200 μg/kg, not
199.99999…

``%`` is ambiguous (mass fraction, volume fraction, moisture, relative humidity…). We treat it as
g/100g — i.e. 10 g/kg — only when the other side of a conversion is itself a mass fraction
(g/kg, mg/kg, μg/kg, g/100g, mg/100g); ``%`` to ``%`` is the identity and ``%`` never converts to
a concentration (g/L) or anything else. Alcohol content is written ``%vol`` and is a separate unit.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, localcontext

# Canonical spelling -> (dimension, power of ten relative to the dimension's base unit).
# Dimension "" means the unit is recognised but converts to nothing but itself.
_UNITS: dict[str, tuple[str, int]] = {
    # mass fraction, base g/kg
    "g/kg": ("mass_fraction", 0),
    "mg/g": ("mass_fraction", 0),
    "mg/kg": ("mass_fraction", -3),
    "μg/g": ("mass_fraction", -3),
    "μg/kg": ("mass_fraction", -6),
    "ng/g": ("mass_fraction", -6),
    "%": ("mass_fraction", 1),
    "g/100g": ("mass_fraction", 1),
    "mg/100g": ("mass_fraction", -2),
    # mass concentration, base g/L
    "g/L": ("mass_concentration", 0),
    "mg/mL": ("mass_concentration", 0),
    "mg/L": ("mass_concentration", -3),
    "μg/mL": ("mass_concentration", -3),
    "μg/L": ("mass_concentration", -6),
    "g/100mL": ("mass_concentration", 1),
    "mg/100mL": ("mass_concentration", -2),
    # concentration in air, base mg/m³
    "mg/m³": ("air", 0),
    "μg/m³": ("air", -3),
    # recognised, not convertible
    "CFU/g": ("", 0),
    "CFU/mL": ("", 0),
    "CFU/25g": ("", 0),
    "MPN/g": ("", 0),
    "MPN/mL": ("", 0),
    "MPN/100g": ("", 0),
    "MPN/100mL": ("", 0),
    "°T": ("", 0),
    "°C": ("", 0),
    "%vol": ("", 0),
    "mmol/kg": ("", 0),
    "kJ/100g": ("", 0),
    "mg/dm²": ("", 0),
    "lm/W": ("", 0),
    "g": ("", 0),
    "kg": ("", 0),
    "mL": ("", 0),
    "L": ("", 0),
    "mm": ("", 0),
    "cm": ("", 0),
    "m": ("", 0),
    "min": ("", 0),
    "h": ("", 0),
    "d": ("", 0),
    "W": ("", 0),
    "V": ("", 0),
    "Hz": ("", 0),
    "N": ("", 0),
    "MPa": ("", 0),
    "dB": ("", 0),
}


def _key(text: str) -> str:
    """Case-, width- and space-insensitive lookup key; m³/m3, μ/µ/u all meet here."""
    s = unicodedata.normalize("NFKC", text).strip()
    s = re.sub(r"\s+", "", s).replace("µ", "μ").replace("³", "3").replace("²", "2")
    s = s.replace("％", "%").replace("／", "/")
    s = re.sub(r"^u(?=g/)", "μ", s)
    return s.casefold()


# Case matters only for SI prefixes that collide when folded: m/M (milli/mega) — none of the
# units above collide, so a folded key is safe.
_BY_KEY: dict[str, str] = {_key(u): u for u in _UNITS}
_ALIASES = {
    "%(质量分数)": "%",
    "%(m/m)": "%",
    "g/100克": "g/100g",
    "毫克/千克": "mg/kg",
    "微克/千克": "μg/kg",
    "克/千克": "g/kg",
    "毫克/升": "mg/L",
    "克/升": "g/L",
    "%(体积分数)": "%vol",
    "%(v/v)": "%vol",
    "%vol.": "%vol",
    "℃": "°C",
}
_BY_KEY.update({_key(alias): unit for alias, unit in _ALIASES.items()})


def normalise_unit(text: str) -> str | None:
    """The canonical spelling of a unit ("mg/l" -> "mg/L"); "" for blank text, None if unknown."""
    if not text.strip():
        return ""
    return _BY_KEY.get(_key(text))


def dimension(unit: str) -> str | None:
    """The dimension of a canonical unit ("" = recognised but not convertible), None if unknown."""
    entry = _UNITS.get(unit)
    return entry[0] if entry else None


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal | None:
    """``value`` expressed in ``to_unit``; None across dimensions or for unknown units."""
    source, target = normalise_unit(from_unit), normalise_unit(to_unit)
    if source is None or target is None:
        return None
    if source == target:
        return value
    source_dim, source_exp = _UNITS.get(source, ("", 0))
    target_dim, target_exp = _UNITS.get(target, ("", 0))
    if not source_dim or source_dim != target_dim:
        return None
    with localcontext() as context:
        # scaleb only moves the exponent; a generous precision keeps it from ever rounding.
        context.prec = max(context.prec, len(value.as_tuple().digits) + 2)
        return value.scaleb(source_exp - target_exp)


_OPENERS = {")": "(", "]": "["}


def unit_from_header(header: str) -> tuple[str, str]:
    """Split a table header into (item, unit): "铅(以Pb计)/(mg/kg)" -> ("铅(以Pb计)", "mg/kg").

    A trailing parenthesised part is a unit only when it parses as one — "(以Pb计)" is a basis and
    stays in the item. Unrecognised headers come back whole with an empty unit. The item comes back
    NFKC-folded (half-width brackets and digits) so the same item matches however it was typed.
    """
    text = unicodedata.normalize("NFKC", header).strip()
    inner_split = _split_trailing_group(text)
    if inner_split is not None:
        return inner_split
    for match in re.finditer(r"[/,，]", text):
        name, unit = text[: match.start()].strip(), normalise_unit(text[match.end() :])
        if name and unit:
            return name, unit
    return text, ""


def _split_trailing_group(text: str) -> tuple[str, str] | None:
    """The header split at a trailing "(unit)" group, or None when there is no such group."""
    if not text or text[-1] not in _OPENERS:
        return None
    depth, closer, opener = 0, text[-1], _OPENERS[text[-1]]
    for position in range(len(text) - 1, -1, -1):
        depth += (text[position] == closer) - (text[position] == opener)
        if depth == 0:
            unit = normalise_unit(text[position + 1 : -1])
            name = text[:position].rstrip().rstrip("/,，").rstrip()
            return (name, unit) if unit and name else None
    return None
