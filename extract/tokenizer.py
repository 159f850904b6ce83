"""A tokenizer that keeps what the claim pipeline needs: quantities whole, punctuation apart.

Character-level tokens (spaCy's default for Chinese) cost a Python object per character; word
segmentation (jieba, pkuseg) is slower still. The claim steps work on character offsets and need
tokens only at quantity expressions, punctuation and line breaks, so each quantity ("1000余名")
is one token, each punctuation mark and white-space run is one, and the text between them is one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.quantities import find_quantities

_GAP = re.compile(r"\s+|[^\w\s]|[^\W_]+|_+")


class QuantityTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        position = 0
        for quantity in find_quantities(text):
            words.extend(_GAP.findall(text, position, quantity.start))
            words.append(quantity.mention)
            position = quantity.end
        words.extend(_GAP.findall(text, position))
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    # spaCy serialises a pipeline's tokenizer; this one has no state beyond the lexicon files.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> QuantityTokenizer:
        return self
