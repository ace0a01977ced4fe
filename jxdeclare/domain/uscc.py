"""统一社会信用代码 (GB 32100-2015): normalising, decoding and checking.

The 18 characters are: registration authority (1), kind (2), region code (3-8), organization
code with its own check digit (9-17, GB 11714) and the code's check character (18).

A wrong check character is how typing mistakes show, so a code being entered that fails it is an
error, unless the user confirms the code exactly as printed on the business licence: some early
codes fail the check yet are legally issued. The organization-code digit (17) only warns: when
the final check character agrees, a mismatch there cannot be a typing mistake.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from jxdeclare.domain.messages import Problem, Severity, register

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
LENGTH = 18
_FORBIDDEN_LETTERS = frozenset("IOSVZ")
_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 1 3 9 27 19 ... 28
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")

# 登记管理部门 (position 1), GB 32100-2015 附录A.
AUTHORITIES: dict[str, str] = {
    "1": "机构编制",
    "2": "外交",
    "3": "司法行政",
    "4": "文化",
    "5": "民政",
    "6": "旅游",
    "7": "宗教",
    "8": "工会",
    "9": "工商（市场监管）",
    "A": "中央军委改革和编制办公室",
    "N": "农业",
    "Y": "其他",
}

# 机构类别 (position 2) for the authorities whose kinds we check; others accept any kind.
KINDS: dict[str, dict[str, str]] = {
    "1": {"1": "机关", "2": "事业单位", "3": "中央编办直接管理机构编制的群众团体", "9": "其他"},
    "5": {"1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"},
    "9": {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"},
    "Y": {"1": "其他"},
}
_STRICT_KIND_AUTHORITIES = frozenset("9")  # a wrong kind here is certainly an error

# First two digits of the region code (GB/T 2260); "10" marks national-level registrations.
PROVINCES: dict[str, str] = {
    "10": "国家级",
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区",
    "21": "辽宁省", "22": "吉林省", "23": "黑龙江省",
    "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省",
    "36": "江西省", "37": "山东省",
    "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区",
    "46": "海南省",
    "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省", "54": "西藏自治区",
    "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区",
}  # fmt: skip

JIANGXI_CITIES: dict[str, str] = {
    "3601": "南昌市", "3602": "景德镇市", "3603": "萍乡市", "3604": "九江市",
    "3605": "新余市", "3606": "鹰潭市", "3607": "赣州市", "3608": "吉安市",
    "3609": "宜春市", "3610": "抚州市", "3611": "上饶市",
}  # fmt: skip

EMPTY = register("uscc.empty", "请输入统一社会信用代码", "Enter the unified social credit code")
BAD_LENGTH = register(
    "uscc.length",
    "长度为{length}位，统一社会信用代码应为18位",
    "The code has {length} characters; a unified social credit code has 18",
)
FORBIDDEN_LETTER = register(
    "uscc.forbidden_letter",
    "第{position}位字符“{char}”不合法：统一社会信用代码不使用 I、O、S、V、Z",
    "Character {position} '{char}' is not allowed: the code never uses I, O, S, V or Z",
)
ILLEGAL_CHAR = register(
    "uscc.illegal_char",
    "第{position}位字符“{char}”不合法：只能使用数字和大写英文字母",
    "Character {position} '{char}' is not allowed: only digits and capital letters are used",
)
UNKNOWN_AUTHORITY = register(
    "uscc.unknown_authority",
    "第1位“{char}”不是登记管理部门代码（应为1～9、A、N、Y之一）",
    "Character 1 '{char}' is not a registration authority code (1-9, A, N or Y)",
)
KIND_INVALID = register(
    "uscc.kind_invalid",
    "第2位“{char}”不是{authority}登记的机构类别代码，应为{allowed}",
    "Character 2 '{char}' is not a kind registered by {authority}; expected {allowed}",
)
KIND_UNUSUAL = register(
    "uscc.kind_unusual",
    "第2位“{char}”不是{authority}登记的常见机构类别（{allowed}），请核对",
    "Character 2 '{char}' is not a usual kind for {authority} ({allowed}); please check",
)
REGION_FORMAT = register(
    "uscc.region_format",
    "第3～8位“{region}”不是6位数字的行政区划代码",
    "Characters 3-8 '{region}' are not a 6-digit administrative region code",
)
UNKNOWN_PROVINCE = register(
    "uscc.unknown_province",
    "第3～4位“{prefix}”不是已知的省级行政区划代码，请核对",
    "Characters 3-4 '{prefix}' are not a known province code; please check",
)
ORG_CHECK = register(
    "uscc.org_check",
    "第17位组织机构代码校验码应为{expected}，实际为“{actual}”",
    "The organization code check digit (character 17) should be {expected}, not '{actual}'",
)
CHECK = register(
    "uscc.check",
    "校验码应为{expected}，实际第18位为“{actual}”",
    "The check character should be {expected}; character 18 is '{actual}'",
)
CHECK_CONFIRMED = register(
    "uscc.check_confirmed",
    "校验码按规则应为{expected}，第18位为“{actual}”；已确认与营业执照一致",
    "The check character should be {expected} (character 18 is '{actual}'); confirmed as printed "
    "on the business licence",
)


@dataclass(frozen=True)
class UsccResult:
    """What a credit code says about its holder, and what is wrong with it."""

    text: str
    code: str
    problems: tuple[Problem, ...]
    authority: str | None = None
    kind: str | None = None
    region_code: str | None = None
    province: str | None = None
    city: str | None = None
    expected_check: str | None = None

    @property
    def valid(self) -> bool:
        return not any(p.is_error for p in self.problems)

    @property
    def has_warnings(self) -> bool:
        return any(p.severity is Severity.WARNING for p in self.problems)

    @property
    def check_mismatch(self) -> bool:
        """The 18th character is not the computed check character (confirmed or not)."""
        return self.expected_check is not None and self.code[17:] != self.expected_check

    @property
    def needs_confirmation(self) -> bool:
        """Only the check character stands between this code and a save: the user may confirm
        it is exactly as printed on the business licence."""
        errors = [p for p in self.problems if p.is_error]
        return bool(errors) and all(p.code == CHECK for p in errors)


def normalise_uscc(text: str) -> str:
    """Full-width → half-width (NFKC), whitespace removed, upper-cased: how people paste codes."""
    half = unicodedata.normalize("NFKC", text)
    return "".join(half.split()).upper()


def uscc_check_char(first17: str) -> str:
    """Check character (position 18) for the first 17 characters."""
    if len(first17) != 17 or any(c not in CHARSET for c in first17):
        raise ValueError(f"need 17 characters from {CHARSET}: {first17!r}")
    total = sum(CHARSET.index(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def org_code_check_char(first8: str) -> str:
    """GB 11714 check digit for an 8-character organization code body (A counts as 10)."""
    if len(first8) != 8 or any(c not in _ORG_ALPHABET for c in first8):
        raise ValueError(f"need 8 digits or capital letters: {first8!r}")
    total = sum(_org_value(c) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def _org_value(char: str) -> int:
    return int(char) if char.isdigit() else ord(char) - 55


def validate_uscc(text: str, *, confirmed: bool | None = None) -> UsccResult:
    """Normalise and check a credit code; never raises.

    ``confirmed`` says whether the user confirmed the code as printed on the business licence.
    A code being entered passes False or True: a wrong check character is then an error, or a
    warning that says it was confirmed. None describes a code that was checked when it was
    entered (a stored enterprise's, one received from the platform): the mismatch only warns.
    """
    code = normalise_uscc(text)
    if not code:
        return UsccResult(text, code, (Problem(EMPTY),))
    problems = _char_problems(code)
    if len(code) != LENGTH:
        problems.append(Problem(BAD_LENGTH, params={"length": len(code)}))
        return UsccResult(text, code, tuple(problems))
    authority, kind, kind_problems = _decode_authority(code)
    region, province, city, region_problems = _decode_region(code[2:8])
    expected, check_problems = _check_problems(code, confirmed)
    problems += kind_problems + region_problems + check_problems
    return UsccResult(
        text, code, tuple(problems), authority, kind, region, province, city, expected
    )


def region_name(code: str) -> str | None:
    """The city (in Jiangxi) or province a stored code names, as ``validate_uscc`` gives it.

    Only a lookup on positions 3-8: a stored code was checked when it was entered, and
    re-validating every code of a long list just to name the place costs the start-up dearly.
    """
    return _region_place(code[2:8]) if len(code) == LENGTH else None


@lru_cache(maxsize=4096)  # a list holds few distinct divisions, each looked up once
def _region_place(region: str) -> str | None:
    if not (region.isascii() and region.isdigit()):
        return None
    if (province := PROVINCES.get(region[:2])) is None:
        return None  # validate_uscc names no city under an unknown province either
    return JIANGXI_CITIES.get(region[:4]) or province


def _char_problems(code: str) -> list[Problem]:
    """One problem per character outside the charset, saying why it is refused."""
    problems = []
    for position, char in enumerate(code, start=1):
        if char in CHARSET:
            continue
        forbidden = char in _FORBIDDEN_LETTERS
        code_ = FORBIDDEN_LETTER if forbidden else ILLEGAL_CHAR
        problems.append(Problem(code_, params={"position": position, "char": char}))
    return problems


def _decode_authority(code: str) -> tuple[str | None, str | None, list[Problem]]:
    """Authority name, kind name, and problems with positions 1-2."""
    first, second = code[0], code[1]
    authority = AUTHORITIES.get(first)
    if authority is None:
        problems = [] if first not in CHARSET else [_problem(UNKNOWN_AUTHORITY, char=first)]
        return None, None, problems
    kinds = KINDS.get(first)
    if kinds is None or second in kinds or second not in CHARSET:  # bad chars already reported
        return authority, (kinds or {}).get(second), []
    return authority, None, [_kind_problem(first, second, authority, kinds)]


def _kind_problem(first: str, second: str, authority: str, kinds: dict[str, str]) -> Problem:
    allowed = "、".join(f"{k}（{name}）" for k, name in kinds.items())
    strict = first in _STRICT_KIND_AUTHORITIES
    return Problem(
        KIND_INVALID if strict else KIND_UNUSUAL,
        Severity.ERROR if strict else Severity.WARNING,
        {"char": second, "authority": authority, "allowed": allowed},
    )


def _decode_region(region: str) -> tuple[str | None, str | None, str | None, list[Problem]]:
    """Region code, province and (Jiangxi only) city from positions 3-8."""
    if not (region.isascii() and region.isdigit()):
        return None, None, None, [_problem(REGION_FORMAT, region=region)]
    province = PROVINCES.get(region[:2])
    if province is None:
        warning = Problem(UNKNOWN_PROVINCE, Severity.WARNING, {"prefix": region[:2]})
        return region, None, None, [warning]
    return region, province, JIANGXI_CITIES.get(region[:4]), []


def _check_problems(code: str, confirmed: bool | None) -> tuple[str | None, list[Problem]]:
    """Both check characters; see the module docstring for which mismatch blocks when."""
    problems = []
    org_body, org_actual = code[8:16], code[16]
    if all(c in CHARSET for c in org_body):
        org_expected = org_code_check_char(org_body)
        if org_actual != org_expected:
            problems.append(_warning(ORG_CHECK, expected=org_expected, actual=org_actual))
    if any(c not in CHARSET for c in code[:17]):
        return None, problems
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        problems.append(_check_mismatch(confirmed, expected=expected, actual=code[17]))
    return expected, problems


def _check_mismatch(confirmed: bool | None, **params: object) -> Problem:
    if confirmed is None:
        return _warning(CHECK, **params)
    return _warning(CHECK_CONFIRMED, **params) if confirmed else _problem(CHECK, **params)


def _problem(code: str, **params: object) -> Problem:
    return Problem(code, Severity.ERROR, dict(params))


def _warning(code: str, **params: object) -> Problem:
    return Problem(code, Severity.WARNING, dict(params))
