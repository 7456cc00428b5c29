#!/usr/bin/env python
"""The library's code style, checked by ruff: pyflakes' rules (F), one statement a line (E702, E703) and lines of at
most 120 characters (E501), in every module but the generated `_modidx.py`.

One line is let through: the first line of the `__all__` list that nbdev writes into each module, which nbdev wraps at
120 characters after `__all__ = `. It is nbdev's line, not ours, and `nbdev-export` would write it again."""

import json
import subprocess
import sys
from pathlib import Path

RULES = 'F,E501,E702,E703'


def nbdev_line(finding: dict) -> bool:
    "Is `finding` an over-long line that nbdev wrote: the start of a module's `__all__`?"
    if finding['code'] != 'E501':
        return False
    lines = Path(finding['filename']).read_text(encoding='utf-8').splitlines()
    return lines[finding['location']['row'] - 1].startswith('__all__ = [')


def main() -> int:
    command = [
        'ruff',
        'check',
        'resnet_nb',
        '--select',
        RULES,
        '--line-length',
        '120',
        '--exclude',
        'resnet_nb/_modidx.py',
        '--output-format',
        'json',
    ]
    found = json.loads(subprocess.run(command, capture_output=True, text=True, check=False).stdout or '[]')
    problems = [f for f in found if not nbdev_line(f)]
    for f in problems:
        print(f"{f['filename']}:{f['location']['row']}:{f['location']['column']}: {f['code']} {f['message']}")
    let_through = len(found) - len(problems)
    print(f"ruff {RULES}: {len(problems)} problem(s) in resnet_nb ({let_through} of nbdev's __all__ lines let through)")
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
