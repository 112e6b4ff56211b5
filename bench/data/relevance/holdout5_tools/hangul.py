"""Own Hangul helpers: syllable (de)composition, 초성, 두벌식 key map, IME partial states."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
        "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q", "ㅅ": "t",
       "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v", "ㅎ": "g",
       "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P", "ㅗ": "h", "ㅛ": "y",
       "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l"}
SPLIT = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ",
         "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ",
         "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
CLUSTER = {v: k for k, v in SPLIT.items() if k in JONG}


def is_syl(ch):
    return "가" <= ch <= "힣"


def dec(ch):
    o = ord(ch) - 0xAC00
    return CHO[o // 588], JUNG[(o % 588) // 28], JONG[o % 28]


def com(c, v, f=""):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(f))


def chosung(s, keep_space=False):
    out = ""
    for ch in s:
        if is_syl(ch):
            out += dec(ch)[0]
        elif ch == " ":
            out += " " if keep_space else ""
        else:
            out += ch
    return out


def layout(s):
    """Keys pressed on a QWERTY keyboard when typing s with the 두벌식 layout (Latin parts stay as typed)."""
    out = ""
    for ch in s:
        if is_syl(ch):
            for j in dec(ch):
                for k in SPLIT.get(j, j):
                    out += KEY[k]
        elif ch in KEY or ch in SPLIT:
            for k in SPLIT.get(ch, ch):
                out += KEY[k]
        else:
            out += ch
    return out


def lone_initial(name, i):
    """name[:i] typed, then only the initial consonant of name[i] (mobile keyboards)."""
    if not is_syl(name[i]):
        return None
    return name[:i] + dec(name[i])[0]


def dokkaebi(name, i):
    """Desktop 도깨비불 state: the initial of name[i] sits as the final of name[i-1] (or forms a cluster)."""
    if i < 1 or not is_syl(name[i - 1]) or not is_syl(name[i]):
        return None
    c, v, f = dec(name[i - 1])
    nxt = dec(name[i])[0]
    if f == "":
        if nxt not in JONG or nxt in ("ㄸ", "ㅃ", "ㅉ"):
            return None
        return name[:i - 1] + com(c, v, nxt)
    cl = CLUSTER.get(f + nxt)
    if not cl:
        return None
    return name[:i - 1] + com(c, v, cl)


def at_vowel(name, i):
    """name[:i] typed and name[i] still without its final (or with the first half of a compound vowel)."""
    if not is_syl(name[i]):
        return None
    c, v, f = dec(name[i])
    if f:
        return name[:i] + com(c, v)
    if v in SPLIT:
        return name[:i] + com(c, SPLIT[v][0])
    return None
