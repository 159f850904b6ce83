"""Hypothesis profiles for the property suites of tests/hostile/.

"ci" (the default) derandomizes: every run tries the same examples, so a failure in CI fails again on a
laptop, and it keeps no example database in the checkout. "explore" draws new examples each run, to look
for new failures by hand: CLAIMKB_HYPOTHESIS_PROFILE=explore python -m pytest tests/hostile
(a failure it finds is printed with its input: add it to a table test beside the module's tests).
"""

import os

from hypothesis import HealthCheck, settings

# deadline None: the first example of a suite builds the spaCy pipeline and lexicons (seconds), and the
# machine is shared; the suites bound their time by max_examples instead
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("explore", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("CLAIMKB_HYPOTHESIS_PROFILE", "ci"))
