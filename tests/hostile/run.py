#!/usr/bin/env python3
"""Hostile-input suite: damages every fixture deterministically and checks
that each damaged file is handled cleanly; adds the hand-made bad inputs
(fixtures/bad/), a zip bomb, a 100 MB line and the fuzzers' finds
(fixtures/fuzz/).  Prints TAP.

Damage (fixed seed, so every run tries the same files): truncation at
many offsets, single byte flips, bursts of flipped bytes, zeroed ranges,
and for DOCX also damage inside the unzipped XML parts, rezipped.  Every
case runs as its own process under a timeout.  It passes when the exit
code is 0 or a documented one (README "Exit status"), no signal killed
it, stderr holds at most a line per problem and names the file, and no
output file exists after a failure.

Environment: BUILD (build dir), HOSTILE_CASES (cases per fixture, default
so that the whole suite is about 2,000 cases), HOSTILE_TIMEOUT (seconds).
"""
import io
import os
import random
import subprocess
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
MINUTES = os.path.join(os.environ.get('BUILD', os.path.join(ROOT, 'build')), 'minutes')
DOCUMENTED = {0} | set(range(2, 22))
TIMEOUT = float(os.environ.get('HOSTILE_TIMEOUT', '20'))


def fixtures():
    out = []
    for sub in ('seeds', 'dev', 'exports'):
        d = os.path.join(ROOT, 'fixtures', sub)
        for name in sorted(os.listdir(d)):
            if name.endswith(('.txt', '.pdf', '.docx', '.json', '.xml', '.html')):
                out.append(os.path.join(d, name))
    return out


def damages(data, rng, n):
    """n damaged copies of data: (label, bytes)."""
    size = len(data)
    for i in range(n):
        kind = i % 4
        if kind == 0:
            off = rng.randrange(size)
            yield f'truncated at {off}', data[:off]
        elif kind == 1:
            off = rng.randrange(size)
            b = bytearray(data)
            b[off] ^= 1 << rng.randrange(8)
            yield f'bit flip at {off}', bytes(b)
        elif kind == 2:
            off = rng.randrange(size)
            n_bytes = rng.randrange(1, 64)
            b = bytearray(data)
            for j in range(off, min(size, off + n_bytes)):
                b[j] = rng.randrange(256)
            yield f'burst of {n_bytes} at {off}', bytes(b)
        else:
            off = rng.randrange(size)
            n_bytes = rng.randrange(1, 512)
            b = bytearray(data)
            b[off:off + n_bytes] = bytes(min(n_bytes, size - off))
            yield f'zeroed {n_bytes} at {off}', bytes(b)


def docx_xml_damages(data, rng, n):
    """Damage inside word/*.xml, rezipped: the ZIP stays valid."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    xml_names = sorted(p for p in parts if p.startswith('word/') and p.endswith('.xml'))
    for i in range(n):
        name = xml_names[rng.randrange(len(xml_names))]
        label, damaged = next(damages(parts[name], rng, 1 + (i % 4)))  # rotate kinds
        for _ in range(i % 4):
            label, damaged = next(damages(parts[name], rng, 1))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for p, content in parts.items():
                z.writestr(p, damaged if p == name else content)
        yield f'{name}: {label}', buf.getvalue()


def run_case(args):
    label, path, out = args
    try:
        p = subprocess.run([MINUTES, 'convert', '-o', out, path], capture_output=True,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return False, f'{label}: timed out after {TIMEOUT} s'
    err = p.stderr.decode('utf-8', 'replace').strip().splitlines()
    problems = []
    if p.returncode < 0:
        problems.append(f'killed by signal {-p.returncode}')
    elif p.returncode not in DOCUMENTED:
        problems.append(f'undocumented exit {p.returncode}')
    if p.returncode != 0:
        if os.path.exists(out):
            problems.append('output file left after a failure')
        if len(err) != 1:
            problems.append(f'{len(err)} stderr lines, want 1')
        elif os.path.basename(path) not in err[0]:
            problems.append(f'stderr does not name the file: {err[0]}')
    else:
        if err and any(os.path.basename(path) not in line for line in err):
            problems.append(f'stderr on success does not name the file: {err[0]}')
    if os.path.exists(out):
        os.unlink(out)
    return not problems, f'{label}' + (f': {"; ".join(problems)}' if problems else '')


def main():
    rng = random.Random(20261122)
    files = fixtures()
    per_file = int(os.environ.get('HOSTILE_CASES', str(max(1, 2100 // max(1, len(files))))))
    tmp = tempfile.mkdtemp(prefix='minutes-hostile-')
    cases = []
    for f in files:
        data = open(f, 'rb').read()
        base = os.path.basename(f)
        gens = [damages(data, rng, per_file)]
        if f.endswith('.docx'):
            gens = [damages(data, rng, per_file // 2), docx_xml_damages(data, rng, per_file - per_file // 2)]
        k = 0
        for gen in gens:
            for label, damaged in gen:
                stem, ext = os.path.splitext(base)
                path = os.path.join(tmp, f'{stem}-{k}{ext}')
                with open(path, 'wb') as fh:
                    fh.write(damaged)
                cases.append((f'{base} {label}', path, path + '.json'))
                k += 1
    # the hand-made bad inputs, a 1 GiB zip bomb and a 100 MB text line
    bad_dir = os.path.join(ROOT, 'fixtures', 'bad')
    for name in sorted(os.listdir(bad_dir)):
        path = os.path.join(tmp, 'bad-' + name)
        with open(os.path.join(bad_dir, name), 'rb') as src, open(path, 'wb') as dst:
            dst.write(src.read())
        cases.append((f'fixtures/bad/{name}', path, path + '.json'))
    bomb = os.path.join(tmp, 'bomb.docx')
    subprocess.run([sys.executable, os.path.join(ROOT, 'tests', 'hostile', 'zipbomb.py'), bomb], check=True)
    cases.append(('zip bomb: a 1 GiB word/document.xml', bomb, bomb + '.json'))
    line = os.path.join(tmp, 'line-100mb.txt')
    with open(line, 'wb') as fh:
        chunk = b'Punkter til behandling ' * 4096
        for _ in range((100 << 20) // len(chunk) + 1):
            fh.write(chunk)
    cases.append(('a 100 MB text line', line, line + '.json'))
    # inputs the fuzzers once crashed on stay in the suite as regressions
    fuzz_dir = os.path.join(ROOT, 'fixtures', 'fuzz')
    for plugin in sorted(os.listdir(fuzz_dir)) if os.path.isdir(fuzz_dir) else []:
        for name in sorted(os.listdir(os.path.join(fuzz_dir, plugin))):
            if name.startswith('.'):
                continue
            ext = {'text': '.txt'}.get(plugin, '.' + plugin)
            path = os.path.join(tmp, f'fuzz-{name}{ext}')
            with open(os.path.join(fuzz_dir, plugin, name), 'rb') as src, open(path, 'wb') as dst:
                dst.write(src.read())
            cases.append((f'fuzz regression {plugin}/{name}', path, path + '.json'))
    n = 0
    failed = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for ok, message in pool.map(run_case, cases):
            n += 1
            if not ok:
                failed += 1
            print(f'{"ok" if ok else "not ok"} {n} - {message}')
    for name in os.listdir(tmp):
        os.unlink(os.path.join(tmp, name))
    os.rmdir(tmp)
    print(f'1..{n}')
    print(f'# {n - failed} of {n} damaged inputs handled cleanly', file=sys.stderr)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
