#!/usr/bin/env python3
"""Runs the shared benchmarks under Kindling and, when a Python with torch is available, under
PyTorch, in alternation on the same machine, and prints medians and ratios.

Usage: bench/run.py [--rounds N] [--python PATH] [--only NAME] [--check] [--extra]
The PyTorch side uses --python, else $KINDLING_BENCH_PYTHON, else python3 if it imports torch.
Each benchmark prints lines 'NAME METRIC VALUE' (one per measurement); ratios are 'Kindling relative to PyTorch'
where above 1 means Kindling is better (faster or more throughput). Each line ends with the range
of the rounds on both sides.
--extra adds the project's own workloads in bench/workloads (teacher-style code: a hand-written
MLP, a DataLoader epoch, element-wise ops on 200k elements), measured but without targets.
It also times the REPL's first prompt (Kindling only: launch to '>>> ' in a pseudo-terminal).
--check makes it a regression benchmark: it exits with status 1 when a ratio falls below its
target in TARGETS, or the prompt comes later than PROMPT_SECONDS (issue 7), and names the ones
that did.
"""
import argparse, fcntl, os, pty, re, select, shutil, signal, statistics, struct, subprocess, sys, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), 'shared', 'bench')
EXTRA = os.path.join(ROOT, 'bench', 'workloads')
KINDLING = os.path.join(ROOT, 'bin', 'kindling')
HIGHER_IS_BETTER = {'gflops', 'samples_per_s'}  # every other metric is a time
STARTUP = 'import torch; print(torch.ones(2))'
# Kindling/PyTorch ratios each benchmark must reach (issue 7's performance targets).
TARGETS = {'seed_loop': 2.0, 'scalar_autograd': 2.0, 'mlp_batch': 1.2, 'matmul': 1.5, 'startup': 2.0}
# The REPL's prompt must be on screen within this many seconds of launch (an absolute target).
PROMPT_SECONDS = 0.5


def torch_python(explicit):
    for candidate in [explicit, os.environ.get('KINDLING_BENCH_PYTHON'), shutil.which('python3')]:
        if candidate and subprocess.run([candidate, '-c', 'import torch'], capture_output=True).returncode == 0:
            return candidate
    return None


def measure(cmd, script):
    """{name: (metric, value)} for each 'NAME METRIC VALUE' line the script prints, or None and the error."""
    r = subprocess.run(cmd + [script], capture_output=True, text=True, timeout=1800)
    if r.returncode != 0:
        return None, r.stderr.strip().splitlines()[-1:] or ['failed']
    found = {m.group(1): (m.group(2), float(m.group(3)))
             for m in re.finditer(r'^(\S+) (\S+) ([0-9.]+)\s*$', r.stdout, re.M)}
    return found or None, None if found else ['no result line']


def wall(cmd):
    t0 = time.perf_counter()
    r = subprocess.run(cmd + ['-c', STARTUP], capture_output=True, text=True)
    return time.perf_counter() - t0 if r.returncode == 0 else None


def prompt_delay(cmd, limit=20.0):
    """Seconds from launching the REPL in a pseudo-terminal until it prints its '>>> ' prompt."""
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        # a terminal of 80x24, as a window gives one (a bare pseudo-terminal has 0 columns)
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
        env = dict(os.environ, TERM=os.environ.get('TERM') or 'xterm')
        os.execve(cmd[0], cmd, env)
    seen, delay = b'', None
    try:
        while time.perf_counter() - t0 < limit:
            ready, _, _ = select.select([fd], [], [], 0.01)
            if not ready:
                continue
            try:
                seen += os.read(fd, 4096)
            except OSError:  # the REPL exited before it prompted
                break
            if b'>>> ' in seen:
                delay = time.perf_counter() - t0
                break
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    return delay


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rounds', type=int, default=3)
    ap.add_argument('--python')
    ap.add_argument('--only', default='')
    ap.add_argument('--check', action='store_true', help='exit 1 when a ratio misses its target')
    ap.add_argument('--extra', action='store_true',
                    help="also run bench/workloads (teacher-style code, no targets: measured, not checked)")
    args = ap.parse_args()
    ratios = {}
    py = torch_python(args.python)
    print(f'PyTorch side: {py or "none (Kindling only)"}')
    folders = [SHARED] + ([EXTRA] if args.extra else [])
    scripts = [os.path.join(d, f) for d in folders for f in sorted(os.listdir(d)) if f.endswith('.py') and args.only in f]
    for path in scripts:
        ours, theirs, problem = {}, {}, None
        for _ in range(args.rounds):
            got, err = measure([KINDLING], path)
            problem = err or problem
            for name, result in (got or {}).items():
                ours.setdefault(name, []).append(result)
            if py:
                got, _ = measure([py], path)
                for name, result in (got or {}).items():
                    theirs.setdefault(name, []).append(result)
        for name in list(dict.fromkeys(list(ours) + list(theirs))) or [os.path.basename(path)[:-3]]:
            results = ours.get(name, []) + theirs.get(name, [])
            metric = results[0][0] if results else None
            ratios[name] = report(name, metric, [v for _, v in ours.get(name, [])],
                                  [v for _, v in theirs.get(name, [])], problem)
    startup_ours = [t for t in (wall([KINDLING]) for _ in range(args.rounds)) if t]
    startup_theirs = [t for t in (wall([py]) for _ in range(args.rounds)) if t] if py else []
    ratios['startup'] = report('startup', 'seconds', startup_ours, startup_theirs,
                               None if startup_ours else ['failed'])
    prompts = [t for t in (prompt_delay([KINDLING]) for _ in range(args.rounds)) if t]
    report('repl_prompt', 'seconds', prompts, [], None if prompts else ['no prompt'])
    if args.check:
        sys.exit(check(ratios, py, statistics.median(prompts) if prompts else None))


def check(ratios, py, prompt):
    """1 when some benchmark with a target missed it (or could not be compared), else 0."""
    if not py:
        print('check: no PyTorch side to compare with')
        return 1
    missed = [f'{name} {ratios.get(name) or 0:.2f}x < {target}x' for name, target in TARGETS.items()
              if name in ratios and (ratios[name] or 0) < target]
    if prompt is None or prompt > PROMPT_SECONDS:
        missed.append(f'repl_prompt {fmt(prompt)} s > {PROMPT_SECONDS} s')
    print('check: ' + ('; '.join(missed) if missed else 'all targets met'))
    return 1 if missed else 0


def report(name, metric, ours, theirs, problem):
    k = statistics.median(ours) if ours else None
    p = statistics.median(theirs) if theirs else None
    line = f'{name:16} {metric or "?":14} kindling {fmt(k)}  pytorch {fmt(p)}'
    ratio = None
    if k and p:
        ratio = k / p if metric in HIGHER_IS_BETTER else p / k
        line += f'  kindling/pytorch {ratio:.2f}x {"(better)" if ratio >= 1 else "(worse)"}'
    if problem and not ours:
        line += f'  [kindling failed: {problem[0][:80]}]'
    if len(ours) > 1 or len(theirs) > 1:
        # the rounds' range: on a shared machine PyTorch's two threads, in particular, come and go
        line += f'  range kindling {span(ours)} pytorch {span(theirs)}'
    print(line, flush=True)
    return ratio


def span(values):
    return f'{fmt(min(values))}-{fmt(max(values))}' if values else '-'


def fmt(v):
    return '-' if v is None else f'{v:.2f}'


if __name__ == '__main__':
    main()
