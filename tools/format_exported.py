#!/usr/bin/env python
"""Lay out the exported cells of notebooks with `ruff format` (the settings in pyproject.toml), leaving every other
cell as it is: the library follows one layout, while a page's examples and tests keep the shape their author gave them.

    python tools/format_exported.py nbs/*.ipynb          # rewrite in place
    python tools/format_exported.py --check nbs/*.ipynb  # list the cells that would change; exit 1 if any"""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

EXPORTED = re.compile(r'^#\|\s*export', re.M)


def ruff_format(source: str, name: str) -> str:
    "`source` as `ruff format` lays it out; a cell ruff cannot parse comes back unchanged, with a word on stderr."
    r = subprocess.run(['ruff', 'format', '--stdin-filename', name, '-'], input=source, capture_output=True, text=True)
    if r.returncode:
        print(f"{name}: ruff format could not parse it: {r.stderr.strip()}", file=sys.stderr)
        return source
    return r.stdout.rstrip('\n')


def format_notebook(path: Path, check: bool = False) -> list:
    "The ids of `path`'s exported cells that `ruff format` changes (rewritten unless `check`)."
    nb = json.loads(path.read_text(encoding='utf-8'))
    changed = []
    for cell in nb['cells']:
        source = ''.join(cell['source'])
        if cell['cell_type'] != 'code' or not EXPORTED.search(source):
            continue
        laid_out = ruff_format(source, f"{path.stem}-{cell.get('id', '')}.py")
        if laid_out != source:
            changed.append(cell.get('id', '?'))
            cell['source'] = laid_out.splitlines(keepends=True)
    if changed and not check:
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')
    return changed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('notebooks', nargs='+', type=Path)
    ap.add_argument('--check', action='store_true', help='change nothing; exit 1 if a cell would change')
    a = ap.parse_args()
    n = 0
    for path in a.notebooks:
        for cell_id in format_notebook(path, a.check):
            print(f"{path}: cell {cell_id} {'would be' if a.check else 'was'} reformatted")
            n += 1
    return 1 if a.check and n else 0


if __name__ == '__main__':
    sys.exit(main())
