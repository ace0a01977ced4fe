"""Chinese standard numbers: parsing, explaining what is wrong, and printing them canonically.

Kinds: national (GB, GB/T, GB/Z), industry (QB/T, NY/T, ...; without /T a legacy mandatory one),
local (DB36/T, DB3607/T, mandatory DB 36/..., food-safety DBS36/...), group (T/<code>) and
enterprise (Q/<code>, legacy Q/<code>/J, food Q/<code> 0001S). People type these with every kind
of dash, full-width characters and stray spaces, and mostly write enterprise numbers with the code
run into the number ("Q/JQS0106S-2021", the national platform's "Q/320581ABC001-2020"); we accept
all of those and print the standard form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any, NoReturn

from jxdeclare.domain.messages import Problem, Severity, register
from jxdeclare.domain.uscc import PROVINCES


class StdKind(StrEnum):
    NATIONAL = "national"
    INDUSTRY = "industry"
    LOCAL = "local"
    GROUP = "group"
    ENTERPRISE = "enterprise"


# 行业标准代号 (the official list of industry standard codes).
_INDUSTRY_CODE_LIST = (
    "AQ BB CB CH CJ CY DA DL DZ EJ FZ GA GC GH GM GY HB HG HJ HS HY JB JC JG JR JT JY LB LD LS LY "
    "MH MT MZ NB NY QB QC QJ QX RB SB SC SF SH SJ SL SN SW SY TB TD TY WB WH WJ WM WS WW XB XF YB "
    "YC YD YS YY YZ ZY"
)
INDUSTRY_CODES = frozenset(_INDUSTRY_CODE_LIST.split())
LEGACY_CATEGORIES = {"J": "技术标准", "G": "管理标准", "Z": "工作标准"}
EARLIEST_YEAR = 1950  # the first national standards date from the 1950s
DASH = "—"
# After NFKC: hyphen-minus, em dash, en dash, horizontal bar, hyphens, figure dash, minus sign.
_DASHES = "-—–―‐‑‒−"
_ALL_PARTS = "(所有部分)"  # NFKC turns the full-width parentheses into these
_VALID_PREFIX_EXAMPLES = "GB、GB/T、GB/Z、QB/T、NY/T、DB36/T、DB 36/、DBS36/、T/JGE、Q/ABC"
_LOCAL_PROVINCES = {k: v for k, v in PROVINCES.items() if k != "10"}

EMPTY = register("stdnum.empty", "请输入标准编号", "Enter a standard number")
UNKNOWN_PREFIX = register(
    "stdnum.unknown_prefix",
    "无法识别的标准代号“{found}”（第{position}位起）；有效的代号如 {examples}",
    "Unknown standard prefix '{found}' (from character {position}); valid prefixes are e.g. "
    "{examples}",
)
MISSING_PREFIX = register(
    "stdnum.missing_prefix",
    "缺少标准代号：标准编号应以代号开头，如 {examples}",
    "The standard prefix is missing: a number starts with a prefix such as {examples}",
)
UNKNOWN_INDUSTRY = register(
    "stdnum.unknown_industry",
    "“{code}”不是行业标准代号；行业标准代号如 QB、NY、JB、SN、SB",
    "'{code}' is not an industry standard code; industry codes are e.g. QB, NY, JB, SN, SB",
)
MISSING_REGION = register(
    "stdnum.missing_region",
    "地方标准代号“{found}”后缺少行政区划代码，如 DB36/T、DBS36/",
    "The local standard prefix '{found}' lacks its region code, e.g. DB36/T, DBS36/",
)
BAD_REGION = register(
    "stdnum.bad_region",
    "地方标准的行政区划代码“{region}”应为2位（省）或4位（设区的市）数字",
    "The local standard region code '{region}' should have 2 (province) or 4 (city) digits",
)
UNKNOWN_REGION = register(
    "stdnum.unknown_region",
    "地方标准的行政区划代码“{region}”不以已知的省级代码开头，请核对",
    "The local standard region code '{region}' does not start with a known province code; "
    "please check",
)
LOCAL_SLASH = register(
    "stdnum.local_slash",
    "地方标准代号“{found}”后应有斜线“/”，如 DB36/T 1234—2020 或 DB 36/1091—2018",
    "The local standard prefix '{found}' must be followed by '/', e.g. DB36/T 1234—2020 or "
    "DB 36/1091—2018",
)
MISSING_GROUP_CODE = register(
    "stdnum.missing_group_code",
    "团体标准编号缺少“T/”后的社会团体代号，如 T/JGE 0012—2023",
    "The group standard number lacks the body's code after 'T/', e.g. T/JGE 0012—2023",
)
MISSING_ENTERPRISE_CODE = register(
    "stdnum.missing_enterprise_code",
    "企业标准编号缺少“Q/”后的企业代号，如 Q/ABC 0001—2024",
    "The enterprise standard number lacks the enterprise code after 'Q/', e.g. Q/ABC 0001—2024",
)
MISSING_NUMBER = register(
    "stdnum.missing_number",
    "“{prefix}”后缺少标准顺序号（第{position}位）",
    "The sequence number is missing after '{prefix}' (character {position})",
)
NON_DIGIT = register(
    "stdnum.non_digit",
    "第{position}位“{char}”不是数字：标准顺序号只能由数字组成，分部分时用“.”连接",
    "Character {position} '{char}' is not a digit: a sequence number is digits, parts joined "
    "by '.'",
)
MISSING_YEAR = register(
    "stdnum.missing_year",
    "破折号后缺少年号（第{position}位）",
    "The year is missing after the dash (character {position})",
)
YEAR_FORMAT = register(
    "stdnum.year_format",
    "年号“{year}”应为四位数字，如 2020（第{position}位起）",
    "The year '{year}' should be four digits, e.g. 2020 (from character {position})",
)
YEAR_RANGE = register(
    "stdnum.year_range",
    "年号{year}不合理：应在{earliest}年至{latest}年之间",
    "The year {year} is implausible: it should be between {earliest} and {latest}",
)
YEAR_SEPARATOR = register(
    "stdnum.year_separator",
    "第{position}位的“{sep}”不能分隔顺序号和年号，应使用破折号“—”",
    "Character {position} '{sep}' cannot separate the number from the year; use a dash '—'",
)
MISSING_DASH = register(
    "stdnum.missing_dash",
    "顺序号和年号之间应为破折号“—”，第{position}位是空格",
    "The number and the year must be separated by a dash '—'; character {position} is a space",
)
TRAILING = register(
    "stdnum.trailing",
    "编号后有多余内容“{fragment}”（第{position}位起）",
    "Unexpected text '{fragment}' after the number (from character {position})",
)
S_SUFFIX = register(
    "stdnum.s_suffix",
    "顺序号后的“S”只用于食品企业标准（Q/…），“{prefix}”编号中一般不应出现",
    "The 'S' after the sequence number is used only by food enterprise standards (Q/...), not "
    "'{prefix}'",
)
NOT_ENTERPRISE = register(
    "stdnum.not_enterprise",
    "企业标准编号应以“Q/”开头，如 Q/ABC 0001—2024",
    "An enterprise standard number starts with 'Q/', e.g. Q/ABC 0001—2024",
)
ENTERPRISE_UNDATED = register(
    "stdnum.enterprise_undated",
    "企业标准编号缺少年份：顺序号后应有破折号和发布年份，如 Q/ABC 0001—2024",
    "The enterprise standard number lacks its year: a dash and the year of publication follow "
    "the sequence number, e.g. Q/ABC 0001—2024",
)
ALL_PARTS_WITH_PART = register(
    "stdnum.all_parts_part",
    "“（所有部分）”只能跟在不带部分号的编号后，如 GB/T 5009（所有部分）",
    "'(所有部分)' (all parts) only follows a number without a part, e.g. GB/T 5009（所有部分）",
)


@dataclass(frozen=True)
class StandardNumber:
    """One standard number, split into the parts rules and catalogue look-ups need."""

    prefix: str
    kind: StdKind
    issuer: str | None
    number: str
    part: str | None
    year: int | None
    mandatory: bool | None
    guidance: bool = False
    food_s: bool = False
    legacy_category: str | None = None
    all_parts: bool = False

    def canonical(self) -> str:
        """The printed form: "GB/T 5009.12—2017", "DB 36/1091—2018", "GB/T 5009（所有部分）"."""
        body = self.number + (f".{self.part}" if self.part else "") + ("S" if self.food_s else "")
        if self.year is not None:
            body += f"{DASH}{self.year}"
        if self.all_parts:
            body += "（所有部分）"
        return f"{self._printed_prefix()}{body}"

    def _printed_prefix(self) -> str:
        # Mandatory local standards are written "DB 36/1091", food-safety ones "DBS36/001".
        if self.kind is StdKind.LOCAL and self.mandatory and self.prefix.startswith("DBS"):
            return f"{self.prefix}/"
        if self.kind is StdKind.LOCAL and self.mandatory:
            return f"DB {self.issuer}/"
        return f"{self.prefix} "

    def undated(self) -> StandardNumber:
        return replace(self, year=None)

    def series(self) -> str:
        """The number without part, year or "all parts": what the editions of a series share."""
        return replace(self, part=None, year=None, all_parts=False).canonical()

    def as_dict(self) -> dict[str, Any]:
        return {
            "canonical": self.canonical(),
            "prefix": self.prefix,
            "kind": self.kind.value,
            "issuer": self.issuer,
            "number": self.number,
            "part": self.part,
            "year": self.year,
            "mandatory": self.mandatory,
            "guidance": self.guidance,
            "food_s": self.food_s,
            "legacy_category": self.legacy_category,
            "all_parts": self.all_parts,
        }


@dataclass(frozen=True)
class ParseResult:
    text: str
    number: StandardNumber | None
    problems: tuple[Problem, ...]

    @property
    def valid(self) -> bool:
        return self.number is not None and not any(p.is_error for p in self.problems)

    @property
    def written_canonically(self) -> bool:
        """Whether the text, trimmed, is already the printed form (False when it did not parse)."""
        return self.number is not None and self.text.strip() == self.number.canonical()


class StandardNumberError(ValueError):
    def __init__(self, text: str, problems: tuple[Problem, ...]) -> None:
        super().__init__("; ".join(p.text("en") for p in problems) or text)
        self.text = text
        self.problems = problems


class _Fail(Exception):
    """Internal control flow: the first error stops the parse and carries its problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


@dataclass(frozen=True)
class _Prefix:
    """What the prefix says about the standard; the rest of the number fills in the others."""

    prefix: str
    kind: StdKind
    issuer: str | None
    mandatory: bool | None
    guidance: bool = False
    legacy_category: str | None = None


def parse_standard_number(text: str, *, today: date | None = None) -> ParseResult:
    """Parse a standard number; never raises. `today` bounds the plausible year (next year)."""
    return _parse_cached(text, (today or date.today()).year + 1)


# Checks parse the same few hundred numbers (references, the catalogue, an enterprise's other
# standards) for every document of a batch; the result is immutable, so cache it.
@lru_cache(maxsize=8192)
def _parse_cached(text: str, latest_year: int) -> ParseResult:
    s = _normalise(text)
    if not s.strip():
        return ParseResult(text, None, (Problem(EMPTY),))
    warnings: list[Problem] = []
    try:
        number = _parse(s, warnings, latest_year)
    except _Fail as fail:
        return ParseResult(text, None, (fail.problem, *warnings))
    return ParseResult(text, number, tuple(warnings))


def parse_or_raise(text: str, *, today: date | None = None) -> StandardNumber:
    result = parse_standard_number(text, today=today)
    if not result.valid or result.number is None:
        raise StandardNumberError(text, result.problems)
    return result.number


def enterprise_number_problems(result: ParseResult) -> tuple[Problem, ...]:
    """What makes a parsed text unusable as an enterprise standard's own number (empty if usable).

    A reference may be undated, an enterprise's own number may not: the year is its edition.
    How the number is written (spaces, dashes, width) is never a problem here.
    """
    errors = tuple(p for p in result.problems if p.is_error)
    if errors or result.number is None:
        return errors
    if result.number.kind is not StdKind.ENTERPRISE:
        return (Problem(NOT_ENTERPRISE),)
    if result.number.year is None:
        return (Problem(ENTERPRISE_UNDATED),)
    return ()


def _normalise(text: str) -> str:
    """Half-width, upper-case, character by character so positions still match the input.

    An ASCII character is its own NFKC form, so upper-casing it is all it needs: the catalogue's
    numbers are ASCII but for their dash, and a pack opens by parsing every one of them."""
    if text.isascii():
        return text.upper()
    return "".join(c.upper() if c.isascii() else _normalise_char(c) for c in text)


def _normalise_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).upper()
    return folded if len(folded) == 1 else char


def _parse(s: str, warnings: list[Problem], latest_year: int) -> StandardNumber:
    prefix, pos = _read_prefix(s, _skip_ws(s, 0), warnings)
    number, part, food_s, pos = _read_number(s, _skip_ws(s, pos), prefix.prefix)
    all_parts, pos = _read_all_parts(s, pos, part)
    year, pos = _read_year(s, pos, latest_year, part)
    _reject_trailing(s, pos)
    if food_s and prefix.kind is not StdKind.ENTERPRISE:
        warnings.append(Problem(S_SUFFIX, Severity.WARNING, {"prefix": prefix.prefix}))
    return StandardNumber(
        prefix.prefix, prefix.kind, prefix.issuer, number, part, year, prefix.mandatory,
        prefix.guidance, food_s, prefix.legacy_category, all_parts,
    )  # fmt: skip


# --- prefix -------------------------------------------------------------------------------------

# re.ASCII: after NFKC any digit left outside 0-9 (e.g. Arabic-Indic) is not a digit for us.
_LETTERS = re.compile(r"[A-Z]+", re.ASCII)
_TOKEN = re.compile(r"[^\s\d]*", re.ASCII)
_GRADE = re.compile(r"\s*/\s*([A-Z]?)", re.ASCII)
_REGION = re.compile(r"\s*(\d*)\s*(/?)\s*", re.ASCII)
_CODE = re.compile(r"\s*/\s*([A-Z0-9]*)", re.ASCII)
_LEGACY = re.compile(r"/([A-Z])", re.ASCII)
# A code run into its number, "JQS0106S" or "320581ABC001": the code ends with its last letter,
# the sequence number is the digits after it (with a food "S").
_GLUED = re.compile(r"(.*[A-Z])\d+S?", re.ASCII)
_DIGIT_AFTER_SPACE = re.compile(r"\s+\d", re.ASCII)
_SEQUENCE = re.compile(r"\d+S?", re.ASCII)


def _read_prefix(s: str, pos: int, warnings: list[Problem]) -> tuple[_Prefix, int]:
    match = _LETTERS.match(s, pos)
    letters = match.group() if match else ""
    end = match.end() if match else pos
    if letters == "GB":
        return _graded(s, end, "GB", StdKind.NATIONAL, None, pos)
    if letters in ("DB", "DBS"):
        return _read_local(s, end, letters, pos, warnings)
    if letters in ("T", "Q"):
        return _read_coded(s, end, letters, pos)
    if letters in INDUSTRY_CODES:
        return _graded(s, end, letters, StdKind.INDUSTRY, letters, pos)
    if len(letters) == 2:  # shaped like an industry code ("AB/T 123"), just not one of them
        raise _Fail(Problem(UNKNOWN_INDUSTRY, params={"code": letters}))
    if not letters and s[pos].isdigit():
        raise _Fail(Problem(MISSING_PREFIX, params={"examples": _VALID_PREFIX_EXAMPLES}))
    raise _unknown_prefix(s, pos)


def _unknown_prefix(s: str, start: int, end: int | None = None) -> _Fail:
    """Name the fragment we could not read: up to `end`, else to the first space or digit."""
    if end is None:
        match = _TOKEN.match(s, start)
        end = match.end() if match else start
    found = s[start:end] or s[start : start + 1]
    params = {"found": found, "position": start + 1, "examples": _VALID_PREFIX_EXAMPLES}
    return _Fail(Problem(UNKNOWN_PREFIX, params=params))


def _graded(
    s: str, pos: int, code: str, kind: StdKind, issuer: str | None, start: int
) -> tuple[_Prefix, int]:
    """GB / GB/T / GB/Z and the same for industry codes: /T recommended, /Z guidance."""
    match = _GRADE.match(s, pos)
    if match is None:
        return _Prefix(code, kind, issuer, mandatory=True), pos
    grade = match.group(1)
    if grade not in ("T", "Z"):
        raise _unknown_prefix(s, start, match.end())
    prefix = _Prefix(f"{code}/{grade}", kind, issuer, mandatory=False, guidance=grade == "Z")
    return prefix, match.end()


def _read_local(
    s: str, pos: int, letters: str, start: int, warnings: list[Problem]
) -> tuple[_Prefix, int]:
    """DB36/T, DB3607/T, DB 36/ (mandatory) and DBS36/ (food safety, mandatory)."""
    match = _REGION.match(s, pos)
    assert match is not None  # every group may be empty
    region, slash = match.group(1), match.group(2)
    if not region:
        raise _Fail(Problem(MISSING_REGION, params={"found": letters}))
    if len(region) not in (2, 4):
        raise _Fail(Problem(BAD_REGION, params={"region": region}))
    if not slash:
        raise _Fail(Problem(LOCAL_SLASH, params={"found": f"{letters}{region}"}))
    if region[:2] not in _LOCAL_PROVINCES:
        warnings.append(Problem(UNKNOWN_REGION, Severity.WARNING, {"region": region}))
    return _local_grade(s, match.end(), letters, region, start)


def _local_grade(s: str, pos: int, letters: str, region: str, start: int) -> tuple[_Prefix, int]:
    """After "DB36/": a T or Z grade letter, or straight into the number (mandatory)."""
    grade = s[pos : pos + 1]
    if not grade.isalpha() or not grade.isascii():
        return _Prefix(f"{letters}{region}", StdKind.LOCAL, region, mandatory=True), pos
    if letters == "DBS" or grade not in ("T", "Z"):
        raise _unknown_prefix(s, start, pos + 1)
    prefix = _Prefix(
        f"DB{region}/{grade}", StdKind.LOCAL, region, mandatory=False, guidance=grade == "Z"
    )
    return prefix, pos + 1


def _read_coded(s: str, pos: int, letters: str, start: int) -> tuple[_Prefix, int]:
    """T/<group code> and Q/<enterprise code>[/J|G|Z]; the code must be there."""
    match = _CODE.match(s, pos)
    token = match.group(1) if match else ""
    missing = MISSING_GROUP_CODE if letters == "T" else MISSING_ENTERPRISE_CODE
    # "Q/0106S-2021": what follows the slash is the sequence number, the code is missing.
    if (
        match is None
        or not token
        or (_SEQUENCE.fullmatch(token) and not _number_follows(s, match.end()))
    ):
        raise _Fail(Problem(missing))
    code, end = _unglue(s, match.start(1), match.end())
    if letters == "T":
        return _Prefix(f"T/{code}", StdKind.GROUP, code, mandatory=None), end
    return _legacy(s, end, code, start)


def _unglue(s: str, start: int, end: int) -> tuple[str, int]:
    """Split "JQS0106S" into the code "JQS" and the number's start; a spaced number
    ("Q/3601 0001") or a legacy category ("Q/XXX/J") means the whole token is the code."""
    token = s[start:end]
    glued = _GLUED.fullmatch(token)
    if glued is None or _number_follows(s, end) or s.startswith("/", end):
        return token, end
    code = glued.group(1)
    return code, start + len(code)


def _number_follows(s: str, pos: int) -> bool:
    # "Q/0001—2024" has a number but no code; "Q/3601 0001—2024" has both.
    return _DIGIT_AFTER_SPACE.match(s, pos) is not None


def _legacy(s: str, pos: int, code: str, start: int) -> tuple[_Prefix, int]:
    """Q/XXX/J, /G, /Z: the pre-2000s split into technical, management and work standards."""
    match = _LEGACY.match(s, pos)
    if match is None:
        return _Prefix(f"Q/{code}", StdKind.ENTERPRISE, code, mandatory=None), pos
    category = match.group(1)
    if category not in LEGACY_CATEGORIES:
        raise _unknown_prefix(s, start, match.end())
    prefix = _Prefix(
        f"Q/{code}/{category}", StdKind.ENTERPRISE, code, None, legacy_category=category
    )
    return prefix, match.end()


# --- number, parts, year -------------------------------------------------------------------------

_NUMBER = re.compile(r"(\d+)((?:\.\d+)*)(S?)", re.ASCII)
_SEPARATED_YEAR = re.compile(r"(\s*)([^\d\s]?)\s*(\d{4})\s*$", re.ASCII)
_YEAR_TOKEN = re.compile(r"[^\s(]*")
_FOUR_DIGITS = re.compile(r"\d{4}", re.ASCII)


def _read_number(s: str, pos: int, prefix: str) -> tuple[str, str | None, bool, int]:
    """Sequence number, dotted part and food "S"; the next character must end the number."""
    match = _NUMBER.match(s, pos)
    if match is None:
        _fail_no_number(s, pos, prefix)
    end = match.end()
    if end < len(s) and not _ends_number(s[end]):
        _fail_separator(s, end, s[end + 1 :])
        raise _Fail(Problem(NON_DIGIT, params={"position": end + 1, "char": s[end]}))
    number, part = match.group(1), match.group(2)[1:] or None
    return number, part, bool(match.group(3)), end


def _ends_number(char: str) -> bool:
    return char.isspace() or char in _DASHES or char == "("


def _fail_no_number(s: str, pos: int, prefix: str) -> NoReturn:
    if pos >= len(s) or s[pos] in _DASHES:
        raise _Fail(Problem(MISSING_NUMBER, params={"prefix": prefix, "position": pos + 1}))
    raise _Fail(Problem(NON_DIGIT, params={"position": pos + 1, "char": s[pos]}))


def _fail_separator(s: str, pos: int, rest: str) -> None:
    """A year right after a character that is not a dash, as in "GB 2762/2022"."""
    if _FOUR_DIGITS.fullmatch(rest.strip()):
        raise _Fail(Problem(YEAR_SEPARATOR, params={"position": pos + 1, "sep": s[pos]}))


def _read_all_parts(s: str, pos: int, part: str | None) -> tuple[bool, int]:
    start = _skip_ws(s, pos)
    if not s.startswith(_ALL_PARTS, start):
        return False, pos
    if part is not None:
        raise _Fail(Problem(ALL_PARTS_WITH_PART))
    return True, start + len(_ALL_PARTS)


def _read_year(s: str, pos: int, latest: int, part: str | None) -> tuple[int | None, int]:
    start = _skip_ws(s, pos)
    if start >= len(s) or s[start] not in _DASHES:
        _check_undated_tail(s, pos, part)
        return None, pos
    year_pos = _skip_ws(s, _skip_dashes(s, start))
    token = _YEAR_TOKEN.match(s, year_pos)
    year_text = token.group() if token else ""
    if not year_text:
        raise _Fail(Problem(MISSING_YEAR, params={"position": year_pos + 1}))
    if not _FOUR_DIGITS.fullmatch(year_text):
        raise _Fail(Problem(YEAR_FORMAT, params={"year": year_text, "position": year_pos + 1}))
    _check_year_range(int(year_text), latest)
    return int(year_text), year_pos + len(year_text)


def _check_undated_tail(s: str, pos: int, part: str | None) -> None:
    """No dash: catch a year hidden after a space ("GB 2762 2022") or a dot ("GB 2762.2022")."""
    tail = _SEPARATED_YEAR.match(s, pos)
    if tail is not None and tail.group(2):
        sep_params = {"position": tail.start(2) + 1, "sep": tail.group(2)}
        raise _Fail(Problem(YEAR_SEPARATOR, params=sep_params))
    if tail is not None and tail.group(1):
        raise _Fail(Problem(MISSING_DASH, params={"position": pos + 1}))
    last = (part or "").rsplit(".", 1)[-1]
    if len(last) == 4 and last.startswith(("19", "20")) and _skip_ws(s, pos) == len(s):
        dot = pos - len(last)
        raise _Fail(Problem(YEAR_SEPARATOR, params={"position": dot, "sep": "."}))


def _check_year_range(year: int, latest: int) -> None:
    if not EARLIEST_YEAR <= year <= latest:
        params = {"year": year, "earliest": EARLIEST_YEAR, "latest": latest}
        raise _Fail(Problem(YEAR_RANGE, params=params))


def _reject_trailing(s: str, pos: int) -> None:
    start = _skip_ws(s, pos)
    if start < len(s):
        params = {"fragment": s[start:].strip(), "position": start + 1}
        raise _Fail(Problem(TRAILING, params=params))


def _skip_ws(s: str, pos: int) -> int:
    while pos < len(s) and s[pos].isspace():
        pos += 1
    return pos


def _skip_dashes(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in _DASHES:
        pos += 1
    return pos
