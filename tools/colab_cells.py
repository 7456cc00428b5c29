#!/usr/bin/env python
"""Give every notebook under nbs/ an "Open in Colab" badge and a Colab-only install cell; or, with --check, list those that lack them.

Each notebook gets, right after its title cell (`# Title` / `> description`, which nbdev turns into the page's front matter, so
a badge inside it would not show on the docs pages):

1. a markdown cell with the badge, linking to the notebook itself on Colab:
   https://colab.research.google.com/github/OWNER/REPO/blob/BRANCH/nbs/<path relative to nbs>
2. a hidden code cell (`#| hide`, never exported) that, only when `'google.colab' in sys.modules`, runs
   `pip install -q git+https://github.com/OWNER/REPO.git`: pip keeps requirements that are already satisfied, so Colab's own torch
   and torchvision stay. Elsewhere (nbdev-test, local Jupyter) it does nothing. It is the notebook's first code cell, before
   `#| default_exp`.

Idempotent: a second run changes nothing; after a notebook is renamed or moved, a run fixes its badge link. Cells it wrote earlier
(recognised by the badge image, or by `'google.colab' in sys.modules` together with `pip install`) are rewritten in place or moved,
never duplicated.

Usage:
    python tools/colab_cells.py            # apply to every notebook under nbs/ (skips runs/ and _*/.* folders)
    python tools/colab_cells.py --check    # exit 1 and list the notebooks that lack them or carry a wrong link
    python tools/colab_cells.py --nbs DIR [--repo OWNER/REPO] [--branch main] [NOTEBOOK ...]
Only the standard library is needed. Notebooks are written as nbdev-clean writes them (sorted keys, indent 1).
"""

import argparse, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BADGE_SVG = 'https://colab.research.google.com/assets/colab-badge.svg'
BADGE_ID, INSTALL_ID = 'colab-badge', 'colab-install'
SKIP_DIRS = {'runs'}  # data folders under nbs/, not pages


def repo_and_branch(root: Path = ROOT) -> tuple:
    "OWNER/REPO from pyproject.toml's Repository URL and the branch from nbs/nbdev.yml (defaults: resnet-nb/resnet_nb, main)."
    repo, branch = 'resnet-nb/resnet_nb', 'main'
    pp = root / 'pyproject.toml'
    if pp.exists() and (
        m := re.search(r'^Repository\s*=\s*"https://github\.com/([^/"]+/[^/"]+?)(?:\.git)?/?"', pp.read_text(), re.M)
    ):
        repo = m.group(1)
    yml = root / 'nbs' / 'nbdev.yml'
    if yml.exists() and (m := re.search(r'^\s*repo-branch:\s*["\']?([\w./-]+)', yml.read_text(), re.M)):
        branch = m.group(1)
    return repo, branch


def colab_url(rel: str, repo: str, branch: str) -> str:
    return f'https://colab.research.google.com/github/{repo}/blob/{branch}/nbs/{rel}'


def badge_source(rel, repo, branch) -> str:
    return f'[![Open In Colab]({BADGE_SVG})]({colab_url(rel, repo, branch)})'


def install_source(repo: str) -> str:
    "The install cell, as `ruff format` lays it out (the notebooks are formatted)."
    return (
        "#| hide\n"
        "# In Google Colab: install resnet_nb from GitHub. pip keeps Colab's torch and torchvision (they satisfy the requirements).\n"
        "# Anywhere else this cell does nothing.\n"
        "import sys\n"
        "\n"
        "if 'google.colab' in sys.modules:\n"
        "    import subprocess\n"
        "\n"
        "    _r = subprocess.run(\n"
        f"        [sys.executable, '-m', 'pip', 'install', '-q', 'git+https://github.com/{repo}.git'],\n"
        "        capture_output=True,\n"
        "        text=True,\n"
        "    )\n"
        "    if _r.returncode:\n"
        "        raise RuntimeError(f'pip install failed:\\n{_r.stdout[-3000:]}\\n{_r.stderr[-3000:]}')"
    )


def _src(cell) -> str:
    s = cell.get('source', '')
    return ''.join(s) if isinstance(s, list) else s


def is_title(cell) -> bool:
    return cell['cell_type'] == 'markdown' and bool(re.search(r'^#\s+\S', _src(cell), re.M))


def is_badge(cell) -> bool:
    return cell['cell_type'] == 'markdown' and BADGE_SVG in _src(cell)


def is_install(cell) -> bool:
    s = _src(cell)
    return cell['cell_type'] == 'code' and "'google.colab' in sys.modules" in s and 'pip' in s and 'install' in s


def _md(cid, text):
    return dict(cell_type='markdown', id=cid, metadata={}, source=text)


def _code(cid, text):
    return dict(cell_type='code', execution_count=None, id=cid, metadata={}, outputs=[], source=text)


def _strip_badge_lines(text: str) -> str:
    "A title cell without any badge line put there by hand (nbdev drops the title cell's body from the page)."
    return '\n'.join(l for l in text.split('\n') if BADGE_SVG not in l).rstrip('\n')


def expected_cells(nb: dict, rel: str, repo: str, branch: str) -> list:
    "The notebook's cells with exactly one badge cell after the title and the install cell as the first code cell."
    cells = [dict(c) for c in nb['cells']]
    old_badge = next((c for c in cells if is_badge(c)), None)
    old_install = next((c for c in cells if is_install(c)), None)
    cells = [c for c in cells if not is_badge(c) and not is_install(c)]
    t = next((i for i, c in enumerate(cells) if is_title(c)), None)
    if t is not None and BADGE_SVG in _src(cells[t]):
        cells[t] = {**cells[t], 'source': _strip_badge_lines(_src(cells[t]))}
    ids = {c.get('id') for c in cells}

    def cid(old, default):  # keep the id a cell already had; else a fixed one (unique within the notebook)
        if old is not None and old.get('id'):
            return old['id']
        return default if default not in ids else f'{default}-{len(cells)}'

    badge = _md(cid(old_badge, BADGE_ID), badge_source(rel, repo, branch))
    if old_badge is not None and _src(old_badge).strip() == badge['source']:
        badge = old_badge
    install = _code(cid(old_install, INSTALL_ID), install_source(repo))
    if old_install is not None and _src(old_install) == install['source']:
        install = old_install
    at = 0 if t is None else t + 1
    cells.insert(at, badge)
    first_code = next((i for i, c in enumerate(cells) if c['cell_type'] == 'code'), len(cells))
    cells.insert(min(at + 1, first_code), install)
    return cells


def notebooks(nbs: Path) -> list:
    "Every .ipynb under `nbs`, except in runs/ and in folders whose names start with _ or . (_proc, .ipynb_checkpoints)."
    out = []
    for p in sorted(nbs.rglob('*.ipynb')):
        parts = p.relative_to(nbs).parts[:-1]
        if any(d.startswith(('_', '.')) or d in SKIP_DIRS for d in parts) or p.name.startswith(('_', '.')):
            continue
        out.append(p)
    return out


def _canonical(cells: list) -> list:
    "Sources as nbdev-clean stores them (a list of lines) so that comparing and writing are exact."
    out = []
    for c in cells:
        s = _src(c)
        out.append({**c, 'source': s.splitlines(keepends=True)})
    return out


def nb_text(nb: dict) -> str:
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + '\n'


def problems(nb: dict, rel: str, repo: str, branch: str) -> list:
    "What is missing or wrong in `nb` (empty when it is as `expected_cells` would make it)."
    cells, want = nb['cells'], expected_cells(nb, rel, repo, branch)
    if _canonical(cells) == _canonical(want):
        return []
    out = []
    badges, installs = [c for c in cells if is_badge(c)], [c for c in cells if is_install(c)]
    url = colab_url(rel, repo, branch)
    if not badges:
        out.append('no Open-in-Colab badge')
    elif len(badges) > 1:
        out.append(f'{len(badges)} badges')
    elif url not in _src(badges[0]):
        out.append(f'badge does not link to {url}')
    if not installs:
        out.append('no Colab install cell')
    elif len(installs) > 1:
        out.append(f'{len(installs)} install cells')
    elif _src(installs[0]) != install_source(repo):
        out.append('install cell differs from the standard one')
    if not out:
        out.append('badge or install cell out of place (badge right after the title, install cell the first code cell)')
    return out


def process(path: Path, nbs: Path, repo: str, branch: str, check: bool = False) -> list:
    "Apply to (or, with `check`, inspect) one notebook; returns its problems (before the fix when applying)."
    nb = json.loads(path.read_text(encoding='utf-8'))
    rel = path.resolve().relative_to(nbs.resolve()).as_posix()
    probs = problems(nb, rel, repo, branch)
    if probs and not check:
        new = {**nb, 'cells': _canonical(expected_cells(nb, rel, repo, branch))}
        text = nb_text(new)
        if text != path.read_text(encoding='utf-8'):
            path.write_text(text, encoding='utf-8')
    return probs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('notebooks', nargs='*', help='notebooks to process (default: all under --nbs)')
    ap.add_argument('--nbs', default=str(ROOT / 'nbs'), help='the notebooks folder; badge links are relative to it')
    ap.add_argument(
        '--check', action='store_true', help='change nothing; exit 1 if a notebook lacks the cells or links wrongly'
    )
    ap.add_argument('--repo', help='OWNER/REPO on GitHub (default: from pyproject.toml)')
    ap.add_argument('--branch', help='branch the badges link to (default: repo-branch in nbs/nbdev.yml, else main)')
    a = ap.parse_args(argv)
    nbs = Path(a.nbs)
    repo, branch = repo_and_branch(nbs.resolve().parent)
    repo, branch = a.repo or repo, a.branch or branch
    paths = [Path(p) for p in a.notebooks] or notebooks(nbs)
    if not paths:
        print(f'no notebooks under {nbs}', file=sys.stderr)
        return 1
    bad = 0
    for p in paths:
        probs = process(p, nbs, repo, branch, a.check)
        if probs:
            bad += 1
            print(f"{'FAIL' if a.check else 'fixed'} {p}: {'; '.join(probs)}")
    if a.check:
        print(
            f'colab cells: {len(paths) - bad} ok, {bad} to fix (run: python tools/colab_cells.py)'
            if bad
            else f'colab cells: all {len(paths)} notebooks ok'
        )
        return 1 if bad else 0
    print(f'colab cells: {bad} notebook(s) updated, {len(paths) - bad} already right')
    return 0


if __name__ == '__main__':
    sys.exit(main())
