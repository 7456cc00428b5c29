#!/usr/bin/env python
"""Verify the docs without Quarto: execute the notebooks in a scratch copy of the project, run nbdev's docs processing
(`nbdev-proc-nbs`), convert each processed page to HTML with nbconvert, open it in headless Chromium, and check that the
figures and tables each page should show are in the rendered page. Screenshots go to --out for people to look at.

Usage: python .ci/check_docs.py [--out DIR] [--skip NB ...]
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile
from pathlib import Path

# what each page must show once rendered: (images, tables) at least
EXPECT = {'index': (2, 3), '00_files': (0, 0), '00a_archives': (0, 0), '00b_layouts': (0, 0), '00c_prepare': (0, 0),
          '00d_images': (0, 0), '00e_data': (0, 0), '01_datasets': (0, 0), '02_augmentation': (4, 0), '03_model': (0, 0),
          '04_checkpoints': (0, 0), '04a_weights': (0, 0), '05a_config': (0, 0), '05b_device': (0, 0), '05c_recipe': (0, 0),
          '05d_step': (0, 0), '05e_budget': (0, 2), '05f_run': (0, 0), '05g_training': (0, 0),
          '06_log_analysis': (3, 2), '07_cli': (0, 0), '07a_evaluate': (0, 0), '08_bench': (0, 0), '09_testing': (0, 0), '10_tools': (1, 0), '11_cpu_recipe': (0, 9), '90_prototype': (0, 0), '91_build': (0, 0),
          'tiny_imagenet_colab': (6, 2)}
CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync']

def pages(folder:Path) -> list:
    "Notebooks under `folder`, tutorials/ included; not runs/ nor _*/.* folders."
    return sorted(p for p in folder.rglob('*.ipynb') if not any(x.startswith(('_', '.')) or x == 'runs' for x in p.relative_to(folder).parts[:-1]))

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode: sys.exit(f"FAIL: {' '.join(map(str, cmd))}\n{r.stdout[-2000:]}\n{r.stderr[-4000:]}")
    return r.stdout

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='_docs_check', help='folder for the HTML pages and screenshots')
    ap.add_argument('--chromium', default=shutil.which('chromium') or shutil.which('chromium-browser') or 'chromium')
    a = ap.parse_args()
    repo = Path(__file__).resolve().parent.parent
    out = Path(a.out).resolve(); shutil.rmtree(out, ignore_errors=True); out.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as d:
        proj = Path(d)/'proj'
        shutil.copytree(repo, proj, ignore=shutil.ignore_patterns('.git', '_proc', '_docs', '_docs_check', '*.pth', '.cache'))
        env = {**os.environ, 'RESNET_NB_DATA': os.environ.get('RESNET_NB_DATA', str(Path(d)/'data'))}
        nbs = pages(proj/'nbs')
        for nb in nbs:  # outputs are not committed (no Tiny ImageNet image may be): the site is built from executed notebooks
            print('executing', nb.name, flush=True)
            run([sys.executable, '-m', 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', '--inplace',
                 '--ExecutePreprocessor.timeout=1800', str(nb)], cwd=nb.parent, env=env)
        run(['nbdev-proc-nbs', '--force'], cwd=proj, env=env)
        failures = []
        keep = {'code': {'cell_type', 'execution_count', 'id', 'metadata', 'outputs', 'source'},
                'markdown': {'cell_type', 'id', 'metadata', 'source', 'attachments'}, 'raw': {'cell_type', 'id', 'metadata', 'source'}}
        for nb in pages(proj/'_proc'):
            html = out/f'{nb.stem}.html'
            d_ = json.loads(nb.read_text())  # nbdev's processing adds keys (e.g. has_sd) that nbformat's schema refuses
            d_['cells'] = [{k: v for k, v in c.items() if k in keep[c['cell_type']]} for c in d_['cells']]
            for c in d_['cells']: c['metadata'] = {k: v for k, v in c.get('metadata', {}).items() if k != 'execution'}
            nb.write_text(json.dumps(d_))
            run([sys.executable, '-m', 'jupyter', 'nbconvert', '--to', 'html', '--output-dir', str(out), str(nb)])
            dom = run([a.chromium, *CHROME_FLAGS, f'--user-data-dir={Path(d)/"chrome"}', '--dump-dom', html.as_uri()])
            run([a.chromium, *CHROME_FLAGS, f'--user-data-dir={Path(d)/"chrome"}', '--window-size=1280,4000',
                 f'--screenshot={out/(nb.stem + ".png")}', html.as_uri()])
            imgs = len(re.findall(r'<img[^>]+src="data:image/png;base64,', dom))
            tables = len(re.findall(r'<table', dom))
            errors = len(re.findall(r'class="[^"]*output_error', dom))
            need_i, need_t = EXPECT.get(nb.stem, (0, 0))
            ok = imgs >= need_i and tables >= need_t and errors == 0
            print(f"{'ok  ' if ok else 'FAIL'} {nb.stem:18s} {imgs} figures (need {need_i}), {tables} tables (need {need_t}), {errors} errors")
            if not ok: failures.append(nb.stem)
        missing = set(EXPECT) - {p.stem for p in pages(proj/'_proc')}
        if missing: failures.append(f'pages not produced: {sorted(missing)}')
    if failures: sys.exit(f"docs check failed: {failures}")
    print(f"pages and screenshots in {out}")
    print(f"docs: {len(EXPECT)} passed, 0 failed")

if __name__ == '__main__': main()
