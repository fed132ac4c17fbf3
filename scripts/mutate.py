"""Mutation testing for developers: do the tests notice when the code is changed a little?

Each mutant is one small change to one module — a flipped comparison (< ↔ <=, < ↔ >, == ↔ !=,
in ↔ not in, is ↔ is not), + ↔ -, * ↔ /, and ↔ or, a constant (n → n+1, True ↔ False, a string
emptied), `return x` → `return None`, `not x` → `x`. The mutated module is written into a
temporary COPY of the package and the module's fast tests are run against that copy in a
subprocess (pytest -x, with a timeout); the working tree is never touched, so others may run
tests meanwhile. A mutant the tests fail on is killed; one they pass is a survivor, i.e. a
change no test would see. Mutants on lines the tests never execute are survivors without a run.

    nice -n 10 .venv/bin/python scripts/mutate.py township_app/checks/units.py
    nice -n 10 .venv/bin/python scripts/mutate.py township_app/numbers.py --tests tests/test_store.py
    .venv/bin/python scripts/mutate.py township_app/checks/formula.py --list   # mutants, no runs
    nice -n 10 .venv/bin/python scripts/mutate.py township_app/checks/tokens.py --head

--head mutates the committed package (git HEAD) instead of the working tree, for when someone's
unfinished edit elsewhere makes the tests fail; the script refuses to start when the tests fail
on the unmutated module, or pass with it broken (then they do not exercise it).

Run one module at a time (a module with its tests takes minutes); not part of CI. Prints per
module killed / survived / timeout and the score (killed + timeout) / (mutants − equivalent),
and lists the survivors as file:line, mutation, source line. Mutants that cannot change
behaviour are listed in scripts/mutate_equivalents.txt (one a line, with why) and left out of
the score. Not mutated at all: docstrings, annotations, and a rule's `passing=` examples (texts
it must not flag: emptying one changes the tests' data, not the program). The tests a module is checked with are in TESTS below (or --tests).
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

#: module → its fast tests, most specific first (pytest -x stops at the first failure)
_CHECK_TESTS = ["tests/test_checks_rules.py", "tests/test_checks_numbers.py"]
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
    if not EQUIVALENTS.exists():
        return keys
    for raw in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        where, what, rest = raw.split(" | ", 2)
        code, _why = rest.rsplit(" | ", 1)  # the source line may hold " | " itself
        where, what, code = where.strip(), what.strip(), code.strip()
        if where.rsplit(":", 1)[0] == module:
            keys.add((what, code))
    return keys


_TRACER = '''
import json, os, sys, threading
_TARGET = os.environ["MUTATE_TARGET"]
_LINES = set()
def _local(frame, event, arg):
    if event == "line":
        _LINES.add(frame.f_lineno)
    return _local
def _global(frame, event, arg):
    if frame.f_code.co_filename == _TARGET:
        _LINES.add(frame.f_lineno)
        return _local
    return None
def pytest_configure(config):
    sys.settrace(_global)
    threading.settrace(_global)
def pytest_unconfigure(config):
    sys.settrace(None)
    with open(os.environ["MUTATE_LINES"], "w") as out:
        json.dump(sorted(_LINES), out)
'''


class Runner:
    """A copy of the package in a temp dir; the tests run with it first on the path."""

    def __init__(self, module: str, tests: list[str], verbose: bool, from_head: bool,
                 pytest_args: list[str]):
        self.tmp = Path(tempfile.mkdtemp(prefix="mutate-"))
        if from_head:  # the committed package: others' unfinished edits stay out
            archive = subprocess.run(["git", "archive", "HEAD", "township_app"], cwd=ROOT,
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(self.tmp)], input=archive, check=True)
        else:
            shutil.copytree(ROOT / "township_app", self.tmp / "township_app",
                            ignore=shutil.ignore_patterns("__pycache__"))
        for assets in ("resources", "ui"):  # found beside the package (paths.py)
            if (ROOT / assets).is_dir():
                (self.tmp / assets).symlink_to(ROOT / assets, target_is_directory=True)
        # hash-checked bytecode: a mutant of the same size and second is never read stale
        compileall.compile_dir(self.tmp / "township_app", quiet=1,
                               invalidation_mode=compileall.py_compile.PycInvalidationMode.CHECKED_HASH)
        (self.tmp / "_mutate_trace.py").write_text(_TRACER)
        self.target = self.tmp / module
        self.original = self.target.read_text(encoding="utf-8")
        self.tests = [str(ROOT / t) for t in tests]
        self.extra = pytest_args
        self.verbose = verbose
        self.env = dict(os.environ, PYTHONPATH=str(self.tmp), PYTHONDONTWRITEBYTECODE="1",
                        QT_QPA_PLATFORM="offscreen", MUTATE_TARGET=str(self.target),
                        MUTATE_LINES=str(self.tmp / "lines.json"))

    def run(self, source: str, timeout: float | None, trace: bool = False) -> tuple[str, float]:
        """Run the tests on `source`: first the module's own test file alone (most mutants die
        there, without collecting the rest), then the others."""
        self.target.write_text(source, encoding="utf-8")
        started = time.monotonic()
        stages = [self.tests] if trace or len(self.tests) < 2 else [self.tests[:1], self.tests[1:]]
        try:
            for stage in stages:
                verdict = self._pytest(stage, timeout, trace)
                if verdict != "survived":
                    break
        finally:
            self.target.write_text(self.original, encoding="utf-8")
        return verdict, time.monotonic() - started

    def _pytest(self, tests: list[str], timeout: float | None, trace: bool) -> str:
        # without the hypothesis and Qt plugins a run starts in a third of the time; a test that
        # needs them fails on the unmutated module, and the script then refuses to start
        cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
               "-p", "no:hypothesispytest", "-p", "no:pytest-qt", "-W", "ignore::pytest.PytestConfigWarning",
               "--rootdir", str(ROOT), "-c", str(ROOT / "pyproject.toml"), *tests, *self.extra]
        if trace:
            cmd[3:3] = ["-p", "_mutate_trace"]
        proc = subprocess.Popen(cmd, cwd=self.tmp, env=self.env, start_new_session=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return "timeout"
        if self.verbose:
            print(out.decode(errors="replace")[-2000:])
        if proc.returncode == 0:
            return "survived"
        if proc.returncode in (1, 2, 3):  # tests failed / collection or import failed
            return "killed"
        raise SystemExit(f"pytest exited {proc.returncode}:\n{out.decode(errors='replace')[-3000:]}")

    def covered_lines(self) -> set[int]:
        return set(json.loads((self.tmp / "lines.json").read_text()))

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


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
    tests = args.tests or [t for t in TESTS.get(module, DEFAULT_TESTS) if (ROOT / t).exists()]
    equivalent = load_equivalents(module)
    runner = Runner(module, tests, args.verbose, args.head, args.pytest_args.split())
    try:
        verdict, took = runner.run(source, None, trace=True)
        if verdict != "survived":
            raise SystemExit(f"the tests fail on the unmutated module: {tests}")
        covered = runner.covered_lines()
        broken, _ = runner.run("raise ImportError('mutate.py: is this copy the one imported?')\n", None)
        if broken != "killed":
            raise SystemExit("the tests pass with the module broken: they do not import the copy")
        timeout = 3 * took + 10
        print(f"{module}: {len(found)} mutants, tests {' '.join(tests)} ({took:.1f}s unmutated)",
              flush=True)
        results: list[tuple[Mutant, str]] = []
        for n, m in enumerate(found, 1):
            if m.key() in equivalent:
                verdict = "equivalent"
            elif not (args.run_uncovered or m.covered_by_import
                      or covered.intersection(m.lines)):
                verdict = "survived"  # no test executes the line
            else:
                verdict, _ = runner.run(apply(source, m), timeout)
            results.append((m, verdict))
            if verdict == "survived" or n % 25 == 0:
                print(f"  [{n}/{len(found)}] {module}:{m.line} {m.what}: {verdict}", flush=True)
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
