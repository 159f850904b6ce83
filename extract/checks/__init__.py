"""Cross-checks: do the figures add up, within an article and across articles.

Each rule is a module here with a `RULE` name, a `SCOPE` ("article": the claims of one article,
with the document text; "corpus": every stored claim) and a `check` function returning
`Verdict`s. `extract/checks/runner.py` runs them over the database and stores the verdicts in
`cross_checks` (schema/002_checks.sql). Precision over recall: a rule says nothing rather than
cry wolf, and a disagreement it cannot pin down is `unverifiable`, not `conflict`.
"""

from extract.checks.model import CheckClaim, Verdict

__all__ = ["CheckClaim", "Verdict"]
