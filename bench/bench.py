#!/usr/bin/env python3
"""make bench: minutes against the tools users would use instead.

Over ../shared/corpus/scale (long meeting packs as PDF and DOCX; falls back
to fixtures/dev when absent), in one run on the same files, times:
  minutes convert, one process per file        (PDF, DOCX)
  minutes batch -j 1 and -j 2                  (PDF, DOCX)
  pdftotext, pdftotext -layout                 (PDF, one process per file)
  docx2txt, pandoc -f docx -t json             (DOCX, one process per file)
  bench/floor: the fixed libraries alone        (one process per file, and
                                                one process over all files)
and prints files/s, pages/s, MB/s, peak RSS and the ratio to the baseline
for the format (pdftotext, docx2txt; pandoc too for DOCX); where one
conversion's time goes, phase by phase (`convert -v`), beside the floor's
wall time.  Then a scaling
check: time per page on the smallest and largest PDF pack and on one paper
joined from several packs (200+ pages); the systems and exports sets per
system and format; and whether the scale packs' JSON is byte-identical to
the digest recorded in bench/scale-outputs.sha256.  Writes bench/RESULTS.md.
"""
import datetime
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
MINUTES = os.path.join(ROOT, os.environ.get('BUILD', 'build'), 'minutes')
FLOOR = os.path.join(ROOT, os.environ.get('BUILD', 'build'), 'bench')
# the floor with the glyph boxes and font runs minutes asks poppler for
BOXES = 'floor: poppler-glib text + glyph boxes + font runs'
SCALE = os.path.join(ROOT, '..', 'shared', 'corpus', 'scale')
# rounds of the in-process floors and the batches, taking turns
ROUNDS = 7
# the pdftotext loop that takes turns with them: the batch rows' baseline
LOOP = 'pdftotext, one process per file, in the batch rounds'
# the floors again on the allocator minutes is linked with (LD_PRELOAD):
# what of minutes' distance to the plain floors is the allocator's
SAME_ALLOC = 'floor on minutes\' allocator (mimalloc): '
SAME_ALLOC_IN = 'floor in-process on minutes\' allocator (mimalloc): '
CORPUS = SCALE if os.path.isdir(SCALE) else os.path.join(ROOT, 'fixtures', 'dev')


def split_env(cmd):
    """A command may start with a dict: variables set for it alone (the
    floors run on minutes' allocator), with no `env` process to time."""
    if cmd and isinstance(cmd[0], dict):
        return cmd[1:], {**os.environ, **cmd[0]}
    return cmd, None


def run_one(cmd, stdout=subprocess.DEVNULL):
    """(seconds, exit status) of one process.  Its peak RSS is peak_rss's."""
    cmd, env = split_env(cmd)
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
    _, status, _ = os.wait4(p.pid, 0)
    return time.perf_counter() - t, status


PEAK_RSS = os.path.join(FLOOR, 'peak_rss')


def peak_rss(cmd):
    """Peak RSS (KB) of one run of cmd, forked by bench/floor/peak_rss.c:
    a process forked from this script starts with Python's 15 MB resident
    and keeps that high-water mark across exec (every tool read 15-16 MB
    until this was seen)."""
    cmd, env = split_env(cmd)
    p = subprocess.run([PEAK_RSS, *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, env=env)
    m = re.search(r'peak_rss_kb (\d+)\s*$', p.stderr)
    return int(m.group(1)) if m else 0


def mimalloc_of(binary):
    """The mimalloc library binary is linked with, or None (ldd's answer)."""
    out = subprocess.run(['ldd', binary], capture_output=True, text=True).stdout
    m = re.search(r'libmimalloc\S* => (\S+)', out)
    return m.group(1) if m else None


MIMALLOC = mimalloc_of(MINUTES) if os.path.exists(MINUTES) else None


def pages_of(pdf):
    if not shutil.which('pdfinfo'):
        return 0
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    m = re.search(r'^Pages:\s+(\d+)', out, re.M)
    return int(m.group(1)) if m else 0


def per_file(tools, files, rounds=3):
    """{name: (seconds, peak RSS KB)} for one process per file.

    The tools take turns on each file, so a slow spell of the machine falls
    on all of them alike, and each tool's time is the median of `rounds`
    passes over the files: the ratios are what this benchmark is for."""
    totals = {name: [] for name, _ in tools}
    peak = {name: 0 for name, _ in tools}
    for _ in range(rounds):
        round_total = {name: 0.0 for name, _ in tools}
        for f in files:
            for name, cmd_of in tools:
                secs, _ = run_one(cmd_of(f))
                round_total[name] += secs
        for name in round_total:
            totals[name].append(round_total[name])
    # the peaks in a pass of their own: peak_rss forks once more per run
    for f in files:
        for name, cmd_of in tools:
            peak[name] = max(peak[name], peak_rss(cmd_of(f)))
    return {name: (sorted(t)[len(t) // 2], peak[name]) for name, t in totals.items()}


def loop_over(cmd, files):
    """(seconds, peak RSS KB) of cmd FILE OUTPUT run once per file, one after another."""
    total = 0.0
    for f in files:
        secs, _ = run_one([*cmd, f, os.devnull])
        total += secs
    peak = max(peak_rss([*cmd, f, os.devnull]) for f in files)
    return total, peak


def batch(files, jobs, tmp):
    src = tempfile.mkdtemp(dir=tmp)
    for f in files:
        os.symlink(os.path.abspath(f), os.path.join(src, os.path.basename(f)))
    out = tempfile.mkdtemp(dir=tmp)
    t = time.perf_counter()
    p = subprocess.run([MINUTES, 'batch', '-o', out, '-j', str(jobs), src], capture_output=True, text=True)
    secs = time.perf_counter() - t
    m = re.search(r'peak RSS parent (\d+) MB, largest worker (\d+) MB', p.stderr)
    return secs, (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def outputs_digest(files):
    """sha256 of the JSON minutes writes for each file, in order, the file
    named as given from the project's root: what an optimization must not
    change (bench/scale-outputs.sha256 holds the recorded one)."""
    import hashlib
    h = hashlib.sha256()
    for f in files:
        rel = os.path.relpath(f, ROOT)
        out = subprocess.run([MINUTES, 'convert', '-q', rel], cwd=ROOT, capture_output=True).stdout
        h.update(rel.encode() + b'\0' + out)
    return h.hexdigest()


def corpus_rows(label, groups, tools_for):
    """Rows for a further corpus: one per (group, format), minutes convert
    one process per file against the floor of the format where there is one."""
    lines = ['| corpus | format | files | minutes convert files/s | floor files/s | vs floor (per process) |',
             '| --- | --- | --- | --- | --- | --- |']
    for name, files in groups:
        by_fmt = {}
        for f in files:
            by_fmt.setdefault(f.rsplit('.', 1)[1], []).append(f)
        for fmt, fs in sorted(by_fmt.items()):
            tools = [('minutes', lambda f: [MINUTES, 'convert', '-o', os.devnull, f])]
            floor = tools_for(fmt)
            if floor:
                tools.append(('floor', floor))
            t = per_file(tools, fs)
            mine = len(fs) / t['minutes'][0]
            fl = len(fs) / t['floor'][0] if 'floor' in t else None
            lines.append(f"| {label} {name} | {fmt} | {len(fs)} | {mine:.1f} | "
                         + (f"{fl:.1f} | {mine / fl:.2f}× |" if fl else ' | |'))
    return lines


PHASES = re.compile(r'\(read ([\d.]+) ms, extract ([\d.]+) ms, structure ([\d.]+) ms, write ([\d.]+) ms\)\s*$')


def phase_rows(fmt, files, floor, rounds=3):
    """Where the time of `minutes convert` goes, from -v's own clock: per
    file, the mean over the rounds of the wall time and of each phase, the
    rest of the wall being the process's start and exit (fork and exec from
    this script included); the floor's wall per file beside it."""
    sums = dict(wall=0.0, read=0.0, extract=0.0, structure=0.0, write=0.0, floor=0.0)
    runs = 0
    for _ in range(rounds):
        for f in files:
            t = time.perf_counter()
            p = subprocess.run([MINUTES, 'convert', '-v', '-q', '-o', os.devnull, f],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            wall = time.perf_counter() - t
            m = PHASES.search(p.stderr)
            if p.returncode != 0 or not m:
                continue
            runs += 1
            sums['wall'] += wall * 1e3
            for key, value in zip(('read', 'extract', 'structure', 'write'), m.groups()):
                sums[key] += float(value)
            if floor:
                sums['floor'] += run_one(floor(f))[0] * 1e3
    if runs == 0:
        return None
    mean = {k: v / runs for k, v in sums.items()}
    start = mean['wall'] - mean['read'] - mean['extract'] - mean['structure'] - mean['write']
    return (f"| {fmt} | {len(files)} | {mean['wall']:.2f} | {start:.2f} | {mean['read']:.2f} | "
            f"{mean['extract']:.2f} | {mean['structure']:.2f} | {mean['write']:.2f} | "
            f"{100 * mean['structure'] / mean['wall']:.0f} % | "
            + (f"{mean['floor']:.2f} |" if floor else ' |'))


def version(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True)
        return (p.stdout + p.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return 'not installed'


def main():
    tmp = tempfile.mkdtemp(prefix='minutes-bench-')
    pdfs = sorted(os.path.join(CORPUS, f) for f in os.listdir(CORPUS) if f.endswith('.pdf'))
    docxs = sorted(os.path.join(CORPUS, f) for f in os.listdir(CORPUS) if f.endswith('.docx'))
    pages = {f: pages_of(f) for f in pdfs}
    # a DOCX has the pages of the PDF printed from it
    dpages = {d: pages.get(d[:-5] + '.pdf', 0) for d in docxs}
    mb_pdf = sum(os.path.getsize(f) for f in pdfs) / 1e6
    mb_docx = sum(os.path.getsize(f) for f in docxs) / 1e6
    rows = []

    def add(name, fmt, files, secs, rss_kb, note=''):
        n = len(files)
        pg = sum(pages.get(f, dpages.get(f, 0)) for f in files)
        mb = mb_pdf if fmt == 'pdf' else mb_docx
        rows.append(dict(name=name, fmt=fmt, files=n, secs=secs, fps=n / secs, pps=pg / secs,
                         mbps=mb / secs, rss=rss_kb / 1024, note=note))

    # warm the page cache once, so the first tool pays no disk reads
    for f in pdfs + docxs:
        open(f, 'rb').read()
    tools = []
    if pdfs:
        tools += [('minutes convert', 'pdf', lambda f: [MINUTES, 'convert', '-o', os.devnull, f])]
        if shutil.which('pdftotext'):
            tools += [('pdftotext', 'pdf', lambda f: ['pdftotext', f, os.devnull]),
                      ('pdftotext -layout', 'pdf', lambda f: ['pdftotext', '-layout', f, os.devnull])]
        if os.path.exists(os.path.join(FLOOR, 'pdf_floor')):
            tools += [('floor: poppler-glib page text only', 'pdf', lambda f: [os.path.join(FLOOR, 'pdf_floor'), f]),
                      (BOXES, 'pdf', lambda f: [os.path.join(FLOOR, 'pdf_floor'), '--boxes', f])]
            if MIMALLOC:
                tools += [(SAME_ALLOC + 'poppler-glib page text only', 'pdf',
                           lambda f: [{'LD_PRELOAD': MIMALLOC}, os.path.join(FLOOR, 'pdf_floor'), f])]
    if docxs:
        tools += [('minutes convert', 'docx', lambda f: [MINUTES, 'convert', '-o', os.devnull, f])]
        if shutil.which('docx2txt'):
            tools += [('docx2txt', 'docx', lambda f: ['sh', '-c', 'docx2txt < "$1" > /dev/null', '_', f])]
        if os.path.exists(os.path.join(FLOOR, 'docx_floor')):
            tools += [('floor: libzip + libxml2 SAX only', 'docx', lambda f: [os.path.join(FLOOR, 'docx_floor'), f])]
            if MIMALLOC:
                tools += [(SAME_ALLOC + 'libzip + libxml2 SAX only', 'docx',
                           lambda f: [{'LD_PRELOAD': MIMALLOC}, os.path.join(FLOOR, 'docx_floor'), f])]
        if shutil.which('pandoc'):
            tools += [('pandoc -f docx -t json', 'docx', lambda f: ['pandoc', '-f', 'docx', '-t', 'json', '-o', os.devnull, f])]
    for fmt, files in (('pdf', pdfs), ('docx', docxs)):
        mine = [(name, cmd) for name, f, cmd in tools if f == fmt]
        if files and mine:
            timed = per_file(mine, files)
            for name, _ in mine:
                add(name, fmt, files, *timed[name])
    # the floor programs take many files: one process over the whole corpus
    # is the limit of a batch, as one process per file is of convert.  The
    # in-process floors and the batches take turns, ROUNDS rounds, each row
    # the median of its runs: a slow spell of the machine falls on a batch
    # and its floor alike, as per_file does for the per-process rows
    floors = {'pdf': [('pdf_floor', 'floor in-process: poppler-glib page text only', []),
                      ('pdf_floor', 'floor in-process: ' + BOXES[len('floor: '):], ['--boxes'])],
              'docx': [('docx_floor', 'floor in-process: libzip + libxml2 SAX only', [])]}
    if MIMALLOC:
        floors['pdf'].append(('pdf_floor', SAME_ALLOC_IN + 'poppler-glib page text only', []))
        floors['docx'].append(('docx_floor', SAME_ALLOC_IN + 'libzip + libxml2 SAX only', []))
    for fmt, files in (('pdf', pdfs), ('docx', docxs)):
        if not files:
            continue
        def floor_run(prog, name, args):
            cmd = [os.path.join(FLOOR, prog), *args, *files]
            if name.startswith(SAME_ALLOC_IN):
                cmd = [{'LD_PRELOAD': MIMALLOC}, *cmd]
            return run_one(cmd)[0], peak_rss(cmd)
        turns = [(name, False, lambda prog=prog, name=name, args=args: floor_run(prog, name, args))
                 for prog, name, args in floors[fmt] if os.path.exists(os.path.join(FLOOR, prog))]
        if fmt == 'pdf' and shutil.which('pdftotext'):
            # the baseline of the batch rows, timed in their rounds
            turns.append((LOOP, False, lambda: loop_over(['pdftotext'], files)))
        turns += [(f'minutes batch -j {j}', True, lambda j=j: batch(files, j, tmp)) for j in (1, 2)]
        runs = {name: [] for name, _, _ in turns}
        for _ in range(ROUNDS):
            for name, _, run in turns:
                runs[name].append(run())
        for name, is_batch, _ in turns:
            secs, mem = sorted(runs[name], key=lambda r: r[0])[ROUNDS // 2]
            if is_batch:
                parent, worker = mem
                add(name, fmt, files, secs, worker * 1024, f'parent {parent} MB, worker {worker} MB')
            else:
                add(name, fmt, files, secs, mem)

    base = {'pdf': 'pdftotext', 'docx': 'docx2txt'}
    by = {(r['name'], r['fmt']): r for r in rows}
    floor_name = {'pdf': 'poppler-glib page text only', 'docx': 'libzip + libxml2 SAX only'}
    lines = ['| tool | format | files | seconds | files/s | pages/s | MB/s | peak RSS MB | vs baseline | vs pandoc '
             '| vs floor | vs floor on minutes\' allocator |',
             '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |']
    for r in rows:
        b = by.get((base[r['fmt']], r['fmt']))
        # a batch row against the loop that took turns with it
        if r['name'].startswith('minutes batch') and (LOOP, r['fmt']) in by:
            b = by[(LOOP, r['fmt'])]
        pd = by.get(('pandoc -f docx -t json', 'docx')) if r['fmt'] == 'docx' else None
        # convert rows against the per-process floor, batch rows against the in-process one
        kind = ('floor in-process: ' if r['name'].startswith(('minutes batch', 'floor in-process'))
                else 'floor: ')
        # the --boxes floor against the plain one: what poppler's layout calls cost
        fl = (by.get((kind + floor_name[r['fmt']], r['fmt']))
              if r['name'].startswith('minutes') or BOXES[len('floor: '):] in r['name'] else None)
        same = (by.get(((SAME_ALLOC_IN if 'in-process' in kind else SAME_ALLOC) + floor_name[r['fmt']],
                        r['fmt'])) if r['name'].startswith('minutes') else None)
        lines.append(f"| {r['name']} | {r['fmt']} | {r['files']} | {r['secs']:.2f} | {r['fps']:.1f} | "
                     f"{r['pps']:.0f} | {r['mbps']:.2f} | {r['rss']:.0f}{' (' + r['note'] + ')' if r['note'] else ''} | "
                     # a baseline tool that is not installed leaves its ratio out
                     + (f"{r['fps'] / b['fps']:.2f}× |" if b else ' - |')
                     + (f" {r['fps'] / pd['fps']:.1f}× |" if pd else ' |')
                     + (f" {r['fps'] / fl['fps']:.2f}× ({'in-process' if 'in-process' in kind else 'per process'}) |"
                        if fl else ' |')
                     + (f" {r['fps'] / same['fps']:.2f}× |" if same else ' |'))

    # per-file peak RSS against pdftotext on the largest PDF
    rss_lines = []
    if pdfs and shutil.which('pdftotext'):
        big = max(pdfs, key=lambda f: pages[f])
        ours = peak_rss([MINUTES, 'convert', '-o', os.devnull, big])
        theirs = peak_rss(['pdftotext', big, os.devnull])
        rss_lines.append(f'Peak RSS on the largest PDF ({os.path.basename(big)}, {pages[big]} pages): '
                         f'minutes {ours / 1024:.1f} MB, pdftotext {theirs / 1024:.1f} MB, '
                         f'ratio {ours / theirs:.2f}.')

    # scaling: seconds per page, small pack, large pack, joined 200+ pages
    scale_lines = []
    if len(pdfs) >= 2 and shutil.which('pdfunite') and shutil.which('pdfinfo'):
        small = min(pdfs, key=lambda f: pages[f])
        large = max(pdfs, key=lambda f: pages[f])
        joined_parts, total = [], 0
        for f in sorted(pdfs, key=lambda f: -pages[f]):
            joined_parts.append(f)
            total += pages[f]
            if total >= 200:
                break
        joined = os.path.join(tmp, 'joined.pdf')
        subprocess.run(['pdfunite', *joined_parts, joined], check=True, capture_output=True)
        pages[joined] = pages_of(joined)
        scale_lines.append('| paper | pages | seconds (best of 3) | ms per page |')
        scale_lines.append('| --- | --- | --- | --- |')
        per = {}
        for label, f in (('smallest pack', small), ('largest pack', large), ('joined packs', joined)):
            best = min(run_one([MINUTES, 'convert', '-o', os.devnull, f])[0] for _ in range(3))
            per[label] = best / pages[f]
            scale_lines.append(f'| {label} ({os.path.basename(f)}) | {pages[f]} | {best:.3f} | {1000 * per[label]:.2f} |')
        scale_lines.append('')
        scale_lines.append(f"Time per page on the joined paper is {per['joined packs'] / per['smallest pack']:.2f}× "
                           f"that of the smallest pack and {per['joined packs'] / per['largest pack']:.2f}× that of the largest.")

    # further corpora: the agenda systems' papers and the exports, per system and format
    def floor_for(fmt):
        prog = {'pdf': 'pdf_floor', 'docx': 'docx_floor'}.get(fmt)
        if prog and os.path.exists(os.path.join(FLOOR, prog)):
            return lambda f: [os.path.join(FLOOR, prog), f]
        return None
    more = []
    shared = os.path.join(ROOT, '..', 'shared', 'corpus')
    systems = os.path.join(shared, 'systems')
    if os.path.isdir(systems):
        names = {'e': 'eDoc', 'a': 'Acadre', 's': 'SBSYS', 'f': 'FirstAgenda'}
        groups = []
        for k, name in names.items():
            fs = sorted(os.path.join(systems, f) for f in os.listdir(systems)
                        if f.startswith(k) and f.endswith(('.pdf', '.docx', '.txt')))
            groups.append((name, fs))
        more += corpus_rows('systems', groups, floor_for)
    exports = os.path.join(shared, 'exports')
    if os.path.isdir(exports):
        fs = sorted(os.path.join(exports, f) for f in os.listdir(exports)
                    if f.endswith(('.json', '.xml', '.html')) and not f.endswith('.expected.json'))
        more += corpus_rows('exports', [('', fs)], floor_for)[2:] if more else corpus_rows('exports', [('', fs)], floor_for)

    # where the time goes, phase by phase (convert -v)
    phase_lines = ['| format | files | wall ms per file | start-up and exit | read | extract (libraries included) | '
                   'structure | write | structure share | floor wall ms per file |',
                   '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |']
    for fmt, files in (('pdf', pdfs), ('docx', docxs)):
        row = phase_rows(fmt, files, floor_for(fmt)) if files else None
        if row:
            phase_lines.append(row)

    # the JSON of the scale packs, against the recorded digest
    digest = outputs_digest(pdfs + docxs)
    recorded_path = os.path.join(ROOT, 'bench', 'scale-outputs.sha256')
    recorded = open(recorded_path).read().split()[0] if os.path.exists(recorded_path) else None
    if recorded is None or os.environ.get('RECORD_OUTPUTS'):
        with open(recorded_path, 'w') as f:
            f.write(digest + '  JSON of ' + os.path.relpath(CORPUS, ROOT) + '\n')
        same = 'recorded now (RECORD_OUTPUTS=1 records again)'
    else:
        same = 'byte-identical to the recorded outputs' if digest == recorded else \
            f'**CHANGED** (recorded {recorded[:12]}, now {digest[:12]}): an optimization changed the outputs'

    cpu = ''
    try:
        cpu = re.search(r'model name\s*:\s*(.*)', open('/proc/cpuinfo').read()).group(1)
    except (OSError, AttributeError):
        pass
    report = [
        '# Benchmark results',
        '',
        f'Written by `make bench` on {datetime.date.today()}; corpus `{os.path.relpath(CORPUS, ROOT)}` '
        f'({len(pdfs)} PDF, {len(docxs)} DOCX, {sum(pages.get(f, 0) for f in pdfs)} PDF pages).',
        '',
        f'Machine: {os.cpu_count()} CPUs, {cpu}, {platform.system()} {platform.release()}.',
        f'Versions: {version([MINUTES, "--version"])}; {version(["pdftotext", "-v"])}; '
        f'{version(["pandoc", "--version"])}; docx2txt {"present" if shutil.which("docx2txt") else "absent"}.',
        '',
        'All tools ran one after another in one run, on the same files, page cache warm.',
        '"One process per file" for every tool except `minutes batch`: the tools take turns on each file, and each',
        'time is the median of three passes over the corpus.  The in-process floors, a pdftotext loop and the',
        f'`minutes batch` rows of a format take turns likewise, {ROUNDS} rounds, each row the median of its runs;',
        'the batch rows\' "vs baseline" is against that loop.',
        'The "floor" rows (bench/floor/) are the least any converter on the same fixed libraries does per file:',
        'start up with them, open the file and extract the text (poppler-glib page text; libzip inflate +',
        'libxml2 SAX over document.xml and styles.xml), with no structure and no output; "floor in-process"',
        'runs the same program once over all the files, the limit of a batch.  The "glyph boxes + font runs"',
        'floor asks each page also for what minutes asks poppler for beyond the text (poppler_page_get_text_layout,',
        'poppler_page_get_text_attributes), before any work of its own: its ratio to the plain floor is the',
        'most a layout-reading converter on poppler-glib can reach.',
        'minutes runs on mimalloc where it was linked with it (`minutes --version` says): the "floor on',
        'minutes\' allocator" rows run the plain floors on it too (LD_PRELOAD), and the last column is',
        'minutes against them, the distance that is ours whatever the allocator.  Peak RSS is measured',
        'from a small parent (bench/floor/peak_rss.c), not from this script, whose 15 MB resident a',
        'child keeps as its high-water mark across exec.',
        '',
        *lines,
        '',
        *rss_lines,
        '',
        f'The JSON of the {len(pdfs) + len(docxs)} scale packs (sha256 {digest[:12]}): {same}.',
        '',
        '## Where the time goes (minutes convert -v, one process per file, mean of three passes)',
        '',
        'Each phase by minutes\' own clock: reading the file; the input plugin, with the libraries it loads',
        'at a process\'s first file of its format, and the input\'s SHA-256; the structure (normalization',
        'and the agenda parse); the JSON output.  "Start-up and exit" is the rest of the wall time: the',
        'process\'s start and end, and its fork and exec from this script, as in every per-process row.',
        '',
        *phase_lines,
        '',
        '## Scaling',
        '',
        *scale_lines,
        '',
        '## Further corpora (one process per file, median of three)',
        '',
        *more,
        '',
    ]
    text = '\n'.join(report)
    print(text)
    with open(os.path.join(ROOT, 'bench', 'RESULTS.md'), 'w') as f:
        f.write(text)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
