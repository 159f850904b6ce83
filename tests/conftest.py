import pytest

from extract.pipeline import extract_claims


@pytest.fixture
def claims_of():
    """Claims of a text, as (mention, value, unit, kind, metric, subject, …) records."""

    def run(text: str, region: str | None = "菏泽市", date: str | None = None):
        return [c.to_record() for c in extract_claims(text, "test.txt", "0" * 64, region=region, date=date)]

    return run
