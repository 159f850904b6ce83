"""A tokenizer that keeps what the claim pipeline needs: quantities whole, punctuation apart.

Character-level tokens (spaCy's default for Chinese) cost a Python object per character; word
segmentation (jieba, pkuseg) is slower still. The claim steps work on character offsets and need
tokens only at quantity expressions and where a sentence can start, so each quantity ("1000余名")
is one token and the text between quantities is cut only after a run of sentence-ending
punctuation (with the closing quotes after it) and after white space: the layout step can still
mark every sentence start on a token, and every other token would be one more string to look up.
The quantities found here are handed to the quantities step in doc.user_data, so nothing reads
the text twice.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.components.extensions import QUANTITIES_KEY, TEXT_KEY
from extract.pattern_cache import compile_pattern
from extract.quantities import tokenized_quantities

# a stretch of text, punctuation or white space, with the sentence-ending punctuation and the
# white space right after it
_GAP = compile_pattern(r"(?:[^\s。！？!?；;…]+|[。！？!?；;…]+[”’」』\"']*|\s+)(?:[。！？!?；;…]+[”’」』\"']*)?\s*")


class QuantityTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        quantities = {}
        position = 0
        for quantity in tokenized_quantities(text):
            words.extend(_GAP.findall(text, position, quantity.start))
            quantities[len(words)] = quantity
            words.append(quantity.mention)
            position = quantity.end
        words.extend(_GAP.findall(text, position))
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc.user_data[QUANTITIES_KEY] = quantities
        doc.user_data[TEXT_KEY] = text
        return doc

    # spaCy serialises a pipeline's tokenizer; this one has no state beyond the lexicon files.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> QuantityTokenizer:
        return self
