"""Mutation testing for developers: do the tests notice when the code is changed a little?

Each mutant is one small change to one module — a flipped comparison (< ↔ <=, < ↔ >, == ↔ !=,
in ↔ not in, is ↔ is not), + ↔ -, * ↔ /, and ↔ or, a constant (n → n+1, True ↔ False, a string
emptied), `return x` → `return None`, `not x` → `x`. The mutated module is written into a
temporary COPY of the package and the module's fast tests are run against that copy in a
subprocess (pytest -x, with a timeout); the working tree is never touched, so others may run
tests meanwhile. A mutant the tests fail on is killed; one they pass is a survivor, i.e. a
change no test would see. Mutants on lines the tests never execute are survivors without a run.

    nice -n 10 .venv/bin/python scripts/mutate.py township_app/checks/units.py -j 2
    nice -n 10 .venv/bin/python scripts/mutate.py township_app/numbers.py --tests tests/test_store.py
    .venv/bin/python scripts/mutate.py township_app/checks/formula.py --list   # mutants, no runs
    nice -n 10 .venv/bin/python scripts/mutate.py township_app/checks/tokens.py --head

--head mutates the committed package (git HEAD) instead of the working tree, for when someone's
unfinished edit elsewhere makes the tests fail; the script refuses to start when the tests fail
on the unmutated module, or pass with it broken (then they do not exercise it).

Each mutant runs only the tests that execute its lines (recorded in a first, traced run of the
unmutated module; --all-tests runs all), in a fork of this process with pytest already imported,
and -j N runs N mutants side by side: a module takes a minute or two. Not part of CI. Prints per
module killed / survived / timeout and the score (killed + timeout) / (mutants − equivalent),
and lists the survivors as file:line, mutation, source line. Mutants that cannot change
behaviour are listed in scripts/mutate_equivalents.txt or a file in scripts/mutate_equivalents.d/
(one a line, with why) and left out of the score. Not mutated at all: docstrings, annotations, and a rule's `passing=` examples (texts
it must not flag: emptying one changes the tests' data, not the program). The tests a module is checked with are tests/test_exact_<module>.py where it exists, then
those in TESTS below (or --tests).
"""
from __future__ import annotations

import argparse
import ast
import compileall
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENTS = Path(__file__).with_name("mutate_equivalents.txt")
#: more lists of equivalents, one file per module or group of modules (same format)
EQUIVALENTS_DIR = Path(__file__).with_name("mutate_equivalents.d")

#: module → its fast tests, most specific first (pytest -x stops at the first failure)
_CHECK_TESTS = ["tests/test_checks_rules.py", "tests/test_checks_numbers.py"]
_PROOFREAD_TESTS = ["tests/test_proofread_rules.py", "tests/test_proofread_precision.py"]
TESTS: dict[str, list[str]] = {
    "township_app/checks/units.py": ["tests/test_exact_units.py", *_CHECK_TESTS],
    "township_app/checks/findings.py": ["tests/test_exact_findings.py", "tests/test_checks_engine.py",
                                        *_CHECK_TESTS],
    "township_app/checks/formula.py": ["tests/test_exact_formula.py", "tests/test_formula_proposals.py",
                                       "tests/test_checks_engine.py"],
    "township_app/numbers.py": ["tests/test_exact_numbers.py", "tests/test_store.py"],
    "township_app/checks/rules/placeholders.py": ["tests/test_exact_placeholders.py", *_CHECK_TESTS],
    "township_app/checks/tokens.py": ["tests/test_exact_tokens.py", "tests/test_exact_units.py",
                                      *_CHECK_TESTS],
    "township_app/checks/rules/shares.py": ["tests/test_exact_rules.py", *_CHECK_TESTS],
    "township_app/checks/rules/growth.py": ["tests/test_exact_rules.py", *_CHECK_TESTS],
    "township_app/store.py": ["tests/test_store_exact.py", "tests/test_store.py"],
}
for _name in ("punctuation", "numbering", "headings", "dates", "chars", "markers"):
    TESTS[f"township_app/checks/proofread/{_name}.py"] = _PROOFREAD_TESTS
DEFAULT_TESTS = ["tests/test_exact_rules.py", *_CHECK_TESTS]

_CMP = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
        ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}
_CMP_SWAPS = {ast.Lt: (ast.LtE, ast.Gt), ast.LtE: (ast.Lt, ast.GtE), ast.Gt: (ast.GtE, ast.Lt),
              ast.GtE: (ast.Gt, ast.LtE), ast.Eq: (ast.NotEq,), ast.NotEq: (ast.Eq,),
              ast.In: (ast.NotIn,), ast.NotIn: (ast.In,), ast.Is: (ast.IsNot,), ast.IsNot: (ast.Is,)}
_BIN = {ast.Add: ("+", ast.Sub), ast.Sub: ("-", ast.Add), ast.Mult: ("*", ast.Div),
        ast.Div: ("/", ast.Mult), ast.FloorDiv: ("//", ast.Mult), ast.Mod: ("%", ast.Mult)}
_BIN_SYM = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}


@dataclass
class Mutant:
    index: int  # site order in the module: apply() finds the same node again by it
    option: int
    line: int
    lines: range  # the lines whose execution means the mutant ran
    what: str  # "< → <="
    code: str  # the source line, stripped
    covered_by_import: bool  # module/class level: runs whenever the module is imported

    def key(self) -> tuple[str, str]:
        return self.what, self.code


def _skipped_nodes(tree: ast.AST) -> set[int]:
    """Docstrings, annotations and __future__ imports: changing them changes nothing."""
    skip: set[int] = set()

    def drop(node):
        if node is not None:
            skip.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                drop(body[0])
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            drop(node.returns)
            for arg in ast.walk(node.args):
                if isinstance(arg, ast.arg):
                    drop(arg.annotation)
        if isinstance(node, ast.AnnAssign):
            drop(node.annotation)
        if isinstance(node, ast.ImportFrom):
            drop(node)
        if isinstance(node, ast.keyword) and node.arg == "passing":
            drop(node.value)  # a rule's examples that must not be flagged: test data, not code
    return skip


def _options(node: ast.AST) -> list[tuple[str, object]]:
    """The mutations of one node, as (description, replacement spec)."""
    if isinstance(node, ast.Compare):
        return [(f"{_CMP[type(op)]} → {_CMP[new]}", ("cmp", k, new))
                for k, op in enumerate(node.ops) for new in _CMP_SWAPS.get(type(op), ())]
    if isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in _BIN:
        sym, new = _BIN[type(node.op)]
        return [(f"{sym} → {_BIN_SYM[new]}", ("op", new))]
    if isinstance(node, ast.BoolOp):
        old, new = ("and", ast.Or) if isinstance(node.op, ast.And) else ("or", ast.And)
        return [(f"{old} → {'or' if old == 'and' else 'and'}", ("op", new))]
    if isinstance(node, ast.Constant):
        v = node.value
        if isinstance(v, bool):
            return [(f"{v} → {not v}", ("const", not v))]
        if isinstance(v, (int, float)):
            return [(f"{v!r} → {v + 1!r}", ("const", v + 1))]
        if isinstance(v, str) and v:
            shown = v if len(v) <= 30 else v[:30] + "…"
            return [(f"{shown!r} → ''", ("const", ""))]
    if isinstance(node, ast.Return) and node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None):
        return [("return … → return None", ("return",))]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return [("not x → x", ("unnot",))]
    return []


def _sites(tree: ast.AST) -> list[tuple[ast.AST, list, bool]]:
    skip = _skipped_nodes(tree)
    in_function: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            in_function.update(id(n) for n in ast.walk(node) if n is not node)
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        options = _options(node)
        if options:
            out.append((node, options, id(node) not in in_function))
    return out


def mutants(source: str) -> list[Mutant]:
    lines = source.splitlines()
    tree = ast.parse(source)
    # a literal inside a tuple/list/dict may be folded into one constant: judge coverage on the
    # whole literal's lines
    span: dict[int, tuple[int, int]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
            for sub in ast.walk(node):
                span.setdefault(id(sub), (node.lineno, node.end_lineno))
    out = []
    for index, (node, options, at_import) in enumerate(_sites(tree)):
        first, last = span.get(id(node), (node.lineno, node.end_lineno or node.lineno))
        for option, (what, _) in enumerate(options):
            out.append(Mutant(index, option, node.lineno, range(first, last + 1), what,
                              lines[node.lineno - 1].strip(), at_import))
    seen: dict[tuple[int, str], int] = {}
    for m in sorted(out, key=lambda m: (m.line, m.index)):
        n = seen[m.line, m.what] = seen.get((m.line, m.what), 0) + 1
        if n > 1:  # the same change twice on a line: number them so each has its own name
            m.what += f" #{n}"
    return sorted(out, key=lambda m: (m.line, m.index, m.option))


def apply(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    node, options, _ = _sites(tree)[mutant.index]
    spec = options[mutant.option][1]
    replacement = node
    if spec[0] == "cmp":
        node.ops[spec[1]] = spec[2]()
    elif spec[0] == "op":
        node.op = spec[1]()
    elif spec[0] == "const":
        node.value = spec[1]
    elif spec[0] == "return":
        node.value = ast.Constant(None)
    elif spec[0] == "unnot":
        replacement = node.operand
    if replacement is not node:
        for parent in ast.walk(tree):
            for field, value in ast.iter_fields(parent):
                if value is node:
                    setattr(parent, field, replacement)
                elif isinstance(value, list):
                    value[:] = [replacement if v is node else v for v in value]
    return ast.unparse(ast.fix_missing_locations(tree))


def load_equivalents(module: str) -> set[tuple[str, str]]:
    """Lines `path:line | mutation | source line | why`; the line number is only a hint."""
    keys = set()
    files = [EQUIVALENTS, *sorted(EQUIVALENTS_DIR.glob("*.txt"))]
    lines = [raw for f in files if f.exists() for raw in f.read_text(encoding="utf-8").splitlines()]
    for raw in lines:
        if not raw.strip() or raw.startswith("#"):
            continue
        where, what, rest = raw.split(" | ", 2)
        code, _why = rest.rsplit(" | ", 1)  # the source line may hold " | " itself
        where, what, code = where.strip(), what.strip(), code.strip()
        if where.rsplit(":", 1)[0] == module:
            keys.add((what, code))
    return keys


_TRACER = '''
import functools, json, os, sys, threading
import pytest
_TARGET = os.environ["MUTATE_TARGET"]
_LINES = {}  # line -> the tests that ran it (None: while importing / collecting)
_ORDER = []
_CURRENT = [None]
def _hit(line):
    _LINES.setdefault(line, set()).add(_CURRENT[0])
def _local(frame, event, arg):
    if event == "line":
        _hit(frame.f_lineno)
    return _local
def _global(frame, event, arg):
    if frame.f_code.co_filename == _TARGET:
        _hit(frame.f_lineno)
        return _local
    return None
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    _CURRENT[0] = item.nodeid
    _ORDER.append(item.nodeid)
    # memoized results would credit a line only to the first test that computed a text: each
    # test starts with the package's caches empty, so every test that runs a line is recorded
    for name, module in list(sys.modules.items()):
        if name.startswith("township_app") and module is not None:
            for value in list(vars(module).values()):
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()
    yield
    _CURRENT[0] = None
def pytest_configure(config):
    sys.settrace(_global)
    threading.settrace(_global)
def pytest_unconfigure(config):
    sys.settrace(None)
    with open(os.environ["MUTATE_LINES"], "w") as out:
        json.dump({"order": _ORDER, "lines": {str(k): sorted(v, key=str) for k, v in _LINES.items()}},
                  out, default=str)
'''


@dataclass
class _Slot:
    """One temp copy of the package: a mutant is written into it while its tests run."""
    dir: Path
    target: Path
    env: dict


@dataclass
class _Job:
    key: object
    source: str
    stages: list
    stage: int = 0
    pid: int = 0
    started: float = 0.0
    out: object = None
    slot: _Slot | None = None


class Runner:
    """Copies of the package in temp dirs; the tests run with one of them first on the path.

    Each test run is a fork of this process (pytest already imported, so a run skips the
    interpreter's and pytest's start-up) with the package copy first on sys.path: the package
    itself is imported afresh in every run. `workers` copies run mutants side by side."""

    def __init__(self, module: str, tests: list[str], verbose: bool, from_head: bool,
                 pytest_args: list[str], workers: int = 1):
        self.module = module
        self.tests = [str(ROOT / t) for t in tests]
        self.extra = pytest_args
        self.verbose = verbose
        self.lines = Path(tempfile.mkdtemp(prefix="mutate-lines-")) / "lines.json"
        self.slots = [self._copy(from_head) for _ in range(max(1, workers))]
        self.original = self.slots[0].target.read_text(encoding="utf-8")

    def _copy(self, from_head: bool) -> _Slot:
        tmp = Path(tempfile.mkdtemp(prefix="mutate-"))
        if from_head:  # the committed package: others' unfinished edits stay out
            archive = subprocess.run(["git", "archive", "HEAD", "township_app"], cwd=ROOT,
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
        else:
            shutil.copytree(ROOT / "township_app", tmp / "township_app",
                            ignore=shutil.ignore_patterns("__pycache__"))
        for assets in ("resources", "ui"):  # found beside the package (paths.py)
            if (ROOT / assets).is_dir():
                (tmp / assets).symlink_to(ROOT / assets, target_is_directory=True)
        # hash-checked bytecode: a mutant of the same size and second is never read stale
        compileall.compile_dir(tmp / "township_app", quiet=1,
                               invalidation_mode=compileall.py_compile.PycInvalidationMode.CHECKED_HASH)
        (tmp / "_mutate_trace.py").write_text(_TRACER)
        target = tmp / self.module
        env = dict(PYTHONPATH=str(tmp), PYTHONDONTWRITEBYTECODE="1", QT_QPA_PLATFORM="offscreen",
                   MUTATE_TARGET=str(target), MUTATE_LINES=str(self.lines))
        return _Slot(tmp, target, env)

    def run(self, source: str, timeout: float | None, trace: bool = False) -> tuple[str, float]:
        """One source, its tests run once (the coverage run when `trace`)."""
        started = time.monotonic()
        (_, verdict), = self.run_many([(None, source, None)], timeout, trace)
        return verdict, time.monotonic() - started

    def run_many(self, jobs, timeout: float | None, trace: bool = False):
        """Yield (key, verdict) for each (key, source), as they finish. A source's tests run in
        stages: first the module's own test file alone (most mutants die there, without
        collecting the rest), then the others."""
        import pytest  # noqa: F401 — imported once here, so the forks start with it
        stages = [self.tests] if trace or len(self.tests) < 2 else [self.tests[:1], self.tests[1:]]
        pending = []
        for key, source, *selected in jobs:
            # the tests that run the mutated lines, when known: one stage of node ids
            chosen = [[str(ROOT / t) for t in selected[0]]] if selected and selected[0] else stages
            pending.append(_Job(key, source, chosen))
        full = stages
        pending.reverse()
        free = list(self.slots)
        running: dict[int, _Job] = {}
        try:
            while pending or running:
                while free and pending:
                    job = pending.pop()
                    job.slot = free.pop()
                    job.slot.target.write_text(job.source, encoding="utf-8")
                    self._start(job, trace)
                    running[job.pid] = job
                pid, status = os.waitpid(-1, os.WNOHANG)
                if pid == 0:
                    now = time.monotonic()
                    for job in list(running.values()):
                        if timeout is not None and now - job.started > timeout:
                            os.killpg(job.pid, signal.SIGKILL)
                            os.waitpid(job.pid, 0)
                            del running[job.pid]
                            yield self._finish(job, free), "timeout"
                    time.sleep(0.005)
                    continue
                job = running.pop(pid)
                code = os.waitstatus_to_exitcode(status)
                if code in (4, 5) and job.stages is not full:  # a node id pytest could not take
                    job.stages, job.stage = full, 0
                    self._start(job, trace)
                    running[job.pid] = job
                    continue
                verdict = self._verdict(job, code)
                if verdict == "survived" and job.stage + 1 < len(job.stages):
                    job.stage += 1
                    self._start(job, trace)
                    running[job.pid] = job
                    continue
                yield self._finish(job, free), verdict
        finally:
            for job in running.values():
                os.killpg(job.pid, signal.SIGKILL)
                os.waitpid(job.pid, 0)
            for slot in self.slots:
                slot.target.write_text(self.original, encoding="utf-8")

    def _finish(self, job: _Job, free: list) -> object:
        job.out.close()
        free.append(job.slot)
        return job.key

    def _start(self, job: _Job, trace: bool):
        # without the hypothesis and Qt plugins a run starts in a third of the time; a test that
        # needs them fails on the unmutated module, and the script then refuses to start
        args = ["-x", "-q", "-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:pytest-qt",
                "-W", "ignore::pytest.PytestConfigWarning", "--rootdir", str(ROOT),
                "-c", str(ROOT / "pyproject.toml"), *job.stages[job.stage], *self.extra]
        if trace:
            args[0:0] = ["-p", "_mutate_trace"]
        if job.out is not None:
            job.out.close()
        job.out = tempfile.TemporaryFile()
        slot = job.slot
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 99
            try:
                os.setsid()
                os.dup2(job.out.fileno(), 1)
                os.dup2(job.out.fileno(), 2)
                os.chdir(slot.dir)
                os.environ.update(slot.env)
                sys.path.insert(0, str(slot.dir))
                sys.dont_write_bytecode = True
                import pytest
                code = int(pytest.main(args))
            except BaseException:
                import traceback
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        job.pid = pid
        job.started = time.monotonic()

    def _verdict(self, job: _Job, code: int) -> str:
        job.out.seek(0)
        out = job.out.read().decode(errors="replace")
        if self.verbose:
            print(out[-2000:])
        if code == 0:
            return "survived"
        if code in (1, 2, 3):  # tests failed / collection or import failed
            return "killed"
        raise SystemExit(f"pytest exited {code}:\n{out[-3000:]}")

    def coverage(self) -> tuple[list[str], dict[int, set]]:
        """The tests in the order they ran, and for each line of the module the tests that ran it
        (None among them: the line ran while the tests were imported or collected)."""
        data = json.loads(self.lines.read_text())
        return data["order"], {int(k): {t if t != "None" else None for t in v}
                               for k, v in data["lines"].items()}

    def close(self):
        for slot in self.slots:
            shutil.rmtree(slot.dir, ignore_errors=True)
        shutil.rmtree(self.lines.parent, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", help="e.g. township_app/checks/units.py")
    parser.add_argument("--tests", nargs="+", help="test files (default: TESTS[module])")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    parser.add_argument("--lines", help="only the mutants on these lines, e.g. 18,19,60-66")
    parser.add_argument("--run-uncovered", action="store_true",
                        help="run mutants on lines the tests never execute too")
    parser.add_argument("--head", action="store_true",
                        help="mutate the committed package (git HEAD), not the working tree")
    parser.add_argument("--pytest-args", default="",
                        help="more pytest arguments, e.g. \"--deselect tests/x.py::test_y\"")
    parser.add_argument("--all-tests", action="store_true",
                        help="run every test for each mutant, not only those that run its lines")
    parser.add_argument("-j", "--jobs", type=int, default=1,
                        help="mutants run side by side (each in its own copy of the package)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    module = Path(args.module).resolve().relative_to(ROOT).as_posix()
    if args.head:
        source = subprocess.run(["git", "show", f"HEAD:{module}"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout
    else:
        source = (ROOT / module).read_text(encoding="utf-8")
    found = mutants(source)
    if args.lines:
        wanted = set()
        for part in args.lines.split(","):
            first, _, last = part.partition("-")
            wanted.update(range(int(first), int(last or first) + 1))
        found = [m for m in found if m.line in wanted]
    if args.list:
        for m in found:
            print(f"{module}:{m.line} | {m.what} | {m.code}")
        print(f"{len(found)} mutants")
        return 0
    own = f"tests/test_exact_{Path(module).stem}.py"  # a module's own exact tests, where they exist
    tests = args.tests or [t for t in dict.fromkeys([own, *TESTS.get(module, DEFAULT_TESTS)])
                           if (ROOT / t).exists()]
    equivalent = load_equivalents(module)
    runner = Runner(module, tests, args.verbose, args.head, args.pytest_args.split(), args.jobs)
    try:
        verdict, took = runner.run(source, None, trace=True)
        if verdict != "survived":
            raise SystemExit(f"the tests fail on the unmutated module: {tests}")
        order, ran_by = runner.coverage()
        broken, _ = runner.run("raise ImportError('mutate.py: is this copy the one imported?')\n", None)
        if broken != "killed":
            raise SystemExit("the tests pass with the module broken: they do not import the copy")
        timeout = 3 * took + 10
        print(f"{module}: {len(found)} mutants, tests {' '.join(tests)} ({took:.1f}s unmutated)",
              flush=True)
        results: dict[int, str] = {}
        to_run = []
        for n, m in enumerate(found):
            if m.key() in equivalent:
                results[n] = "equivalent"
            elif not (args.run_uncovered or m.covered_by_import
                      or any(line in ran_by for line in m.lines)):
                results[n] = "survived"  # no test executes the line
            else:
                to_run.append((n, m))

        def selected(m: Mutant) -> list[str] | None:
            """The tests that run the mutant's lines, in the order they ran; None (all of them)
            where a line also runs at import, or --all-tests."""
            needed = set().union(*(ran_by.get(line, set()) for line in m.lines))
            if args.all_tests or m.covered_by_import or None in needed or not needed:
                return None
            return [t for t in order if t in needed]

        jobs = ((n, apply(source, m), selected(m)) for n, m in to_run)
        for done, (n, verdict) in enumerate(runner.run_many(jobs, timeout), 1):
            results[n] = verdict
            if verdict == "survived" or done % 25 == 0:
                m = found[n]
                print(f"  [{done}/{len(to_run)} run] {module}:{m.line} {m.what}: {verdict}", flush=True)
        results = [(m, results[n]) for n, m in enumerate(found)]
    finally:
        runner.close()
    counts = {v: sum(1 for _, r in results if r == v)
              for v in ("killed", "timeout", "survived", "equivalent")}
    scored = len(results) - counts["equivalent"]
    score = (counts["killed"] + counts["timeout"]) / scored if scored else 1.0
    print(f"\n{module}: killed {counts['killed']}, survived {counts['survived']}, "
          f"timeout {counts['timeout']}, equivalent {counts['equivalent']} — score {score:.0%}")
    for m, verdict in results:
        if verdict == "survived":
            print(f"  {module}:{m.line} | {m.what} | {m.code}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
