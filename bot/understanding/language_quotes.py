"""Languages that name how a quoted sentence was said, not the language an offer is held in.

"sie sagt auf Russisch: „ich will nicht in die Kita“", "Junge 10 schreibt auf Polnisch in sein
Heft „keiner mag mich“", "Kind erzählt auf Türkisch, dass es Angst hat", "he said in Arabic
'I am tired'": a verb of saying, the language, then the quote (a colon, quotation marks, "dass",
"that") report what a child or a parent said in the family's language. That is no wish for an
offer in it ("Beratung auf Russisch" is), and no language an interpreter must speak either.
`bot.understanding.languages` blanks these before it reads any frame.
"""

from __future__ import annotations

import re

# a verb of saying, up to two words ("immer", "oft", "zu ihr"), "auf"/"in" and the language word,
# then the quote within the clause or "dass"/"that"/"ob"/"wie" right after
_QUOTED = re.compile(
    r"\b(?:sag(?:t|te|ten|en)?|erzaehl\w*|schreib(?:t|en)|schrieb\w*|ruft|rief|frag(?:t|te)"
    r"|meint\w*|fluester\w*|schrei(?:t|en)|brull\w*|bruell\w*|weint|jammert|betet|singt"
    r"|says|said|tells|told|writes|wrote|asks|asked|shouts|whispers|cries)\b"
    r"(?:\s+(?!auf\b|in\b)[^\W\d_]+){0,3}?\s+(?:auf|in)\s+(?P<w>[^\W\d_]+)"
    r"(?=[^.;!?\n]{0,30}?[:„“\"‚«»']|\s*,?\s*(?:dass|that|ob|wie)\b)")


def unquoted(folded: str) -> str:
    """Blank the language word of every quoted sentence, keeping all offsets."""
    return _QUOTED.sub(lambda m: m.group(0)[: m.start("w") - m.start()] + " " * len(m.group("w")),
                       folded)


__all__ = ["unquoted"]
