"""Records keyed by their awardee, for tests that look winners up by name."""


def awardees(records: list[dict]) -> dict[str, dict]:
    """The records of an extraction keyed by awardee (the last one wins)."""
    return {r["awardee"]: r for r in records}
