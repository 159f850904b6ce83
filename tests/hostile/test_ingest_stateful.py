"""Whatever is done to a folder of pages — files written, changed, deleted, renamed — and in whatever order
it is ingested, re-ingested, pruned, removed from and checked, a database brought up to date (ingest
with --prune, then check) holds what a new database of the folder as it is now holds after `check --full`:
the same texts (each under a file that holds it), claims, reprint pairs and verdicts."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from kb_state import State, clean_state, state

from extract import cli

NAMES = ("a.txt", "b.txt", "c.txt", "d.txt")
OPTIONS = ("--region", "菏泽市", "--date", "2020-02-04")
# few wordings and figures, so that files often hold the same text (stored once), reprints of one another
# (the same figures, worded a little differently) and figures that agree or conflict across documents
TEXTS = st.builds(
    "据县卫健委通报{}2月3日，单县新增确诊病例12例，累计确诊病例{}例。{}".format,
    st.sampled_from(["，", "："]),
    st.sampled_from([300, 310]),
    st.sampled_from(["", "其中男性100例，女性200例。"]),
)


class FolderAndDatabase(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="claimkb-stateful-"))
        self.folder = self.root / "pages"
        self.folder.mkdir()
        self.db = self.root / "kb.duckdb"
        self.synced = True  # the database holds every file's text as it is now, and nothing else
        self.files_gone = False  # a file deleted or renamed since the last prune: its document stays until one
        self.checked = True  # no document stored or removed since the last check
        self.clean: dict[frozenset, State] = {}  # the clean database's state, by the folder's contents

    def _files(self) -> dict[str, str]:
        return {path.name: path.read_text(encoding="utf-8") for path in sorted(self.folder.iterdir())}

    def _clean(self) -> State:
        files = self._files()
        contents = frozenset(files.items())
        if contents not in self.clean:
            db = self.root / f"clean-{len(self.clean)}.duckdb"
            self.clean[contents] = clean_state(self.folder, db, region="菏泽市", date="2020-02-04")
        return self.clean[contents]

    def _changed(self, gone: bool = False) -> None:
        self.synced = False
        self.files_gone |= gone

    @initialize(texts=st.lists(TEXTS, min_size=2, max_size=len(NAMES)))
    def ingested_and_checked(self, texts: list[str]) -> None:
        for name, text in zip(NAMES, texts, strict=False):
            (self.folder / name).write_text(text, encoding="utf-8")
        self.ingest(prune=False, check=True)

    # four rules that each do much: eight steps reach the orders that matter (a copy read before the file
    # its text is stored under, a rename then a prune, a removal then a check)
    @rule(name=st.sampled_from(NAMES), text=TEXTS, copy_of=st.sampled_from(NAMES))
    def write(self, name: str, text: str, copy_of: str) -> None:
        """A file written with a text, or with another file's text (a copy) when that one is there."""
        source = self.folder / copy_of
        if copy_of != name and source.exists():
            text = source.read_text(encoding="utf-8")
        (self.folder / name).write_text(text, encoding="utf-8")
        self._changed()

    @precondition(lambda self: any(self.folder.iterdir()))
    @rule(data=st.data(), to=st.sampled_from((*NAMES, None)))
    def move(self, data: st.DataObject, to: str | None) -> None:
        """A file renamed (over the file of that name, if any), or deleted (to None)."""
        name = data.draw(st.sampled_from(sorted(self._files())))
        if to is None:
            (self.folder / name).unlink()
        else:
            (self.folder / name).replace(self.folder / to)
        self._changed(gone=name != to)

    @rule(prune=st.booleans(), check=st.booleans())
    def ingest(self, prune: bool, check: bool) -> None:
        argv = ["ingest", str(self.folder), "--db", str(self.db), "--no-progress", *OPTIONS]
        assert cli.main(argv + ["--prune"] * prune) == 0
        self.files_gone &= not prune
        self.synced = not self.files_gone
        self.checked = False
        if check:
            self.check()

    @precondition(lambda self: any(self.folder.iterdir()))
    @rule(data=st.data(), by_id=st.booleans(), check=st.booleans())
    def remove(self, data: st.DataObject, by_id: bool, check: bool) -> None:
        """A file deleted, and its document removed by its path or id: an error when its text is stored
        under another file (or not at all)."""
        name = data.draw(st.sampled_from(sorted(self._files())))
        path = self.folder / name
        text = path.read_text(encoding="utf-8")
        path.unlink()
        stored = {key: doc_id for doc_id, key in state(self.db).documents.items()} if self.db.exists() else {}
        target = stored.get(str(path.resolve()))
        argv = ["remove", target if by_id and target else str(path), "--db", str(self.db)]
        assert cli.main(argv) == (0 if target else 1)
        if target:
            # the text is stored no more: up to date only if no other file holds it
            self.synced &= text not in self._files().values()
            self.checked = False
        if check:
            self.check()

    def check(self) -> None:
        if self.db.exists():
            assert cli.main(["check", "--db", str(self.db)]) == 0
            self.checked = True

    @invariant()
    def holds_what_a_clean_database_holds(self) -> None:
        if not self.synced or not self.db.exists():
            return
        held, clean = state(self.db), self._clean()
        if not self.checked:  # verdicts are compared once checked
            held = State(held.documents, held.claims, clean.verdicts, held.reprints)
        held.same_as(clean)

    def teardown(self) -> None:
        try:
            if any(self.folder.iterdir()) or self.db.exists():
                self.ingest(prune=True, check=True)
                state(self.db).same_as(self._clean())
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


FolderAndDatabase.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=8,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
    # no shrinking: each step ingests or checks, and shrinking a failure took minutes; the failing steps
    # are printed as they ran (eight at most)
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
test_ingest_prune_remove_and_check_in_any_order = FolderAndDatabase.TestCase
