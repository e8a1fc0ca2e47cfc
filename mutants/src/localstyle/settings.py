"""Settings given as text (`--set NAME=VALUE`), shared by every face: CLI, eval, batch and web."""

import json

from localstyle.errors import InputError


def parse_overrides(pairs: list[str]) -> dict:
    """`--set name=value`: values are read as JSON where possible (numbers, true/false), else as text."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--set expects NAME=VALUE, got {pair!r}")
        try:
            settings[name.strip()] = json.loads(value)
        except json.JSONDecodeError:
            settings[name.strip()] = value
    return settings
