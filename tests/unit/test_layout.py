"""The layout rules of docs/code-map.md (issue 16): imports point down the flow, no cycle, no private names
across modules, and a function-level import of our own code only to defer a heavy dependency (``# deferred:``)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("newscrawl", "pipelines")

#: What each layer may import (besides itself).  A module's layer is the longest matching prefix.
SHARED = {"newscrawl.items", "newscrawl.settings", "newscrawl.failures", "newscrawl.settings_check"}
ALLOWED: dict[str, set[str]] = {
    "newscrawl.text": set(),
    "newscrawl.pages": {"newscrawl.text", "newscrawl.items"},    # each source maps its page to an Article
    "newscrawl.store": {"newscrawl.text", "newscrawl.items"},
    # exports.jekyll writes the post format pages.jekyll reads (BODY_OPEN/CLOSE, post_id): one format, one place
    "newscrawl.exports": {"newscrawl.store", "newscrawl.text", "newscrawl.items", "newscrawl.pages"},
    "newscrawl.spiders": {"newscrawl.pages", "newscrawl.text", "newscrawl.store", "newscrawl.items",
                          "newscrawl.failures", "newscrawl.settings_check"},
    "pipelines": {"newscrawl.text", "newscrawl.store", "newscrawl.items", "newscrawl.failures"},
    # replica.render writes its posts through exports.jekyll's front matter and file name: one Jekyll writer
    "newscrawl.replica": {"newscrawl.pages", "newscrawl.text", "newscrawl.exports"},
    "newscrawl.distributed": {"newscrawl.pages", "newscrawl.text", "newscrawl.store", "newscrawl.items",
                              "newscrawl.failures", "newscrawl.spiders", "pipelines", "newscrawl.settings_check"},
    "newscrawl": set(),
    "newscrawl.items": set(),
    "newscrawl.failures": set(),
    "newscrawl.settings": {"newscrawl.items", "newscrawl.pages"},
    "newscrawl.settings_check": {"newscrawl.settings", "newscrawl.items"},
    "newscrawl.commands": {"*"},
    "newscrawl.cli": {"*"},
    "newscrawl.__main__": {"*"},
}
CLI = ("newscrawl.cli", "newscrawl.commands", "newscrawl.__main__")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def is_ours(name: str) -> bool:
    return name.split(".")[0] in PACKAGES


def layer(name: str) -> str:
    return max((k for k in ALLOWED if name == k or name.startswith(k + ".")), key=len)


def imports(path: Path, known: dict[str, Path]) -> list[tuple[str, list[str], ast.stmt, bool]]:
    """(module, names, node, at_top) for every import of our own code in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = set(map(id, tree.body))
    for stmt in tree.body:      # `if TYPE_CHECKING:` imports: for annotations only, never run (no cycle either)
        if isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Name) and stmt.test.id == "TYPE_CHECKING":
            for sub in ast.walk(stmt):
                sub._parent_is_type_checking = True  # type: ignore[attr-defined]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if is_ours(alias.name):
                    out.append((alias.name, [], node, id(node) in top))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and is_ours(node.module):
            names = [a.name for a in node.names]
            subs = [f"{node.module}.{n}" for n in names if f"{node.module}.{n}" in known]
            if subs:        # from package import module
                out.extend((s, [], node, id(node) in top) for s in subs)
            else:
                out.append((node.module, names, node, id(node) in top))
    return out


def test_no_import_cycle() -> None:
    known = modules()
    graph = {m: {i for i, _, _, top in imports(p, known) if top and i != m} for m, p in known.items()}
    # an import of a package runs its __init__ too: count the parent packages (but m's own packages, which
    # Python has initialised, or is initialising, before m runs: a package __init__ may import its modules)
    for m, deps in graph.items():
        own = {".".join(m.split(".")[:k]) for k in range(1, m.count(".") + 1)}
        for d in list(deps):
            parts = d.split(".")
            deps.update(p for k in range(1, len(parts)) if (p := ".".join(parts[:k])) in known and p not in own)
        deps.discard(m)
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                cycles.append(stack[stack.index(d):] + [d])
            elif d in graph and d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)
    assert not cycles, "import cycles:\n" + "\n".join(" → ".join(c) for c in cycles)


def test_imports_point_down_the_flow() -> None:
    known = modules()
    bad = []
    for m, p in known.items():
        mine = layer(m)
        allowed = ALLOWED[mine]
        for target, _, node, _ in imports(p, known):
            theirs = layer(target)
            if theirs == mine or "*" in allowed:
                continue
            if theirs.startswith(CLI) or theirs not in allowed:
                bad.append(f"{p.relative_to(ROOT)}:{node.lineno}: {m} ({mine}) imports {target} ({theirs})")
    assert not bad, "imports against the flow:\n" + "\n".join(bad)


def test_function_level_imports_say_why() -> None:
    known = modules()
    bad = []
    for p in known.values():
        lines = p.read_text(encoding="utf-8").splitlines()
        for target, _, node, top in imports(p, known):
            if top or getattr(node, "_parent_is_type_checking", False):
                continue
            text = " ".join(lines[node.lineno - 1:node.end_lineno])
            if "# deferred:" not in text:
                bad.append(f"{p.relative_to(ROOT)}:{node.lineno}: imports {target} in a function")
    assert not bad, "function-level imports of our modules without a '# deferred:' reason:\n" + "\n".join(bad)


def test_no_private_names_across_modules() -> None:
    known = modules()
    bad = []
    for m, p in known.items():
        for target, names, node, _ in imports(p, known):
            if target == m:
                continue
            for name in names:
                if name.startswith("_") and not name.startswith("__"):
                    bad.append(f"{p.relative_to(ROOT)}:{node.lineno}: {m} imports {target}.{name}")
    assert not bad, "private names imported from another module:\n" + "\n".join(bad)


def test_the_cli_package_is_light() -> None:
    """Scrapy loads extensions from newscrawl.cli during every crawl: its __init__ imports nothing."""
    tree = ast.parse((ROOT / "newscrawl/cli/__init__.py").read_text(encoding="utf-8"))
    assert not [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
