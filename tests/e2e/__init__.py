"""End-to-end tests: a package, so that their module names (e2e.test_reviews) do not clash with the unit tests'."""
