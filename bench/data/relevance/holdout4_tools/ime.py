"""Own Hangul jamo tools: decomposition, 2-beolsik key map, IME partial states, chosung, typo helpers."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
        "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o", "ㅔ": "p",
       "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h", "ㅓ": "j", "ㅏ": "k", "ㅣ": "l",
       "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
       "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P"}
SPLIT = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ",
         "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ",
         "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
CLUSTER = {v: k for k, v in SPLIT.items()}


def is_syl(c):
    return "가" <= c <= "힣"


def dec(c):
    i = ord(c) - 0xAC00
    return CHO[i // 588], JUNG[(i % 588) // 28], JONG[i % 28]


def com(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def layout(text):
    out = []
    for c in text:
        if is_syl(c):
            for j in dec(c):
                for k in SPLIT.get(j, j):
                    out.append(KEY[k])
        elif c in KEY or c in SPLIT:
            out.extend(KEY[k] for k in SPLIT.get(c, c))
        else:
            out.append(c)
    return "".join(out)


def chosung(text, keep_space=False):
    return "".join(dec(c)[0] if is_syl(c) else (c if (c != " " or keep_space) else "") for c in text)


def lone_initial(prefix, nxt):
    """prefix typed, next syllable's initial alone (mobile IME)."""
    return prefix + dec(nxt)[0]


def dokkaebi(prefix, nxt):
    """Desktop 2-beolsik state: next initial sits as final of the last syllable (or forms a cluster)."""
    last = prefix[-1]
    c, v, f = dec(last)
    ini = dec(nxt)[0]
    if f == "":
        if ini in JONG:
            return prefix[:-1] + com(c, v, ini)
        return None
    cl = CLUSTER.get(f + ini)
    if cl:
        return prefix[:-1] + com(c, v, cl)
    return None


def at_vowel(prefix, nxt):
    """Next syllable typed up to its vowel (no final yet); None when it has no final."""
    c, v, f = dec(nxt)
    if f == "":
        return None
    return prefix + com(c, v)


def swap_vowel(text, i, new):
    c, v, f = dec(text[i])
    return text[:i] + com(c, new, f) + text[i + 1:]


def swap_cho(text, i, new):
    c, v, f = dec(text[i])
    return text[:i] + com(new, v, f) + text[i + 1:]


def swap_jong(text, i, new):
    c, v, f = dec(text[i])
    return text[:i] + com(c, v, new) + text[i + 1:]
