"""The stages import one way: read -> repair -> classify -> parse -> segment -> fields -> assemble.

The imports of every module under ``extractor/`` are read from its source (``ast``, including imports
inside functions: a lazy import is still a dependency) and checked for three things:
- no import cycle between modules;
- no upward import: a stage imports only from its own stage, from stages before it, and from the
  foundation (the data types, the contract, the patterns, errors, options, the NLP adapter);
- no field handler imports another handler: they share ``fields/context.py``, ``extractor.parse``
  and ``segment`` instead.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "extractor"

# Rank of each module prefix (the longest matching prefix wins); lower ranks never import higher ones.
LAYERS: dict[str, int] = {
    # the foundation: plain data, the contract, the patterns, the adapters every stage may use
    "extractor.document": 0,
    "extractor.profile": 0,
    "extractor.errors": 0,
    "extractor.options": 0,
    "extractor.patterns": 0,
    "extractor.nlp": 0,
    # the stages, in pipeline order; the string-to-value helpers sit below segment and fields
    "extractor.read": 1,
    "extractor.repair": 2,
    "extractor.classify": 3,
    "extractor.parse": 4,
    "extractor.segment": 5,
    "extractor.fields": 6,
    "extractor.learn": 6,  # models and their features: above segment (its rules are features), beside fields
    "extractor.assemble": 7,
    # the recipe and what is built on it
    "extractor.pipeline": 8,
    "extractor.guard": 8,
    "extractor.batch": 8,
    "extractor.cli": 8,
    "extractor.export": 8,
    "extractor.evaluate": 8,
    "extractor.schema": 8,
    "extractor": 8,  # extractor/__init__.py, __main__.py
}
# What handlers share, and the only ``extractor.fields`` modules a handler may import: the context
# (Found, ParseContext, evidence) and the current-role offers the education and experience handlers
# both make (``fields/current.py``). Neither is a handler; neither imports one.
HANDLER_SHARED = frozenset({"extractor.fields.context", "extractor.fields.current"})


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def _imports(module: str, path: Path) -> Iterator[str]:
    """The extractor modules ``module`` imports (``from pkg import sub`` resolved to ``pkg.sub``)."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield sub if sub in MODULES else target


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        graph[module] = {t for t in _imports(module, path) if t in MODULES and t != module}
    return graph


def _rank(module: str) -> int | None:
    best = max((p for p in LAYERS if module == p or module.startswith(p + ".")), key=len, default=None)
    return None if best is None else LAYERS[best]


def _stage(module: str) -> str:
    return max((p for p in LAYERS if module == p or module.startswith(p + ".")), key=len, default=module)


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that returns to its start, or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import of a later stage by an earlier one, as "importer -> imported"."""
    out = []
    for module, targets in sorted(graph.items()):
        rank = _rank(module)
        for target in sorted(targets):
            target_rank = _rank(target)
            if rank is not None and target_rank is not None and target_rank > rank:
                out.append(f"{module} ({_stage(module)}) -> {target} ({_stage(target)})")
    return out


def handler_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import of one ``extractor.fields`` module by a handler other than the shared one."""
    out = []
    for module, targets in sorted(graph.items()):
        if not module.startswith("extractor.fields."):
            continue
        for target in sorted(targets):
            if target.startswith("extractor.fields") and target not in HANDLER_SHARED:
                out.append(f"{module} -> {target}")
    return out


def test_every_module_has_a_layer() -> None:
    assert [m for m in MODULES if _rank(m) is None] == []


def test_no_import_cycle() -> None:
    cycle = find_cycle(_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_no_upward_import_between_stages() -> None:
    assert upward_imports(_graph()) == []


def test_handlers_do_not_import_each_other() -> None:
    assert handler_imports(_graph()) == []


# --- the checks themselves, on invented graphs --------------------------------------------------


@pytest.mark.parametrize(
    "graph, has_cycle",
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, False),
        ({"a": {"b"}, "b": {"a"}}, True),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, True),
        ({"a": {"b", "c"}, "b": {"c"}, "c": set()}, False),  # a diamond is not a cycle
    ],
)
def test_find_cycle(graph: dict[str, set[str]], has_cycle: bool) -> None:
    cycle = find_cycle(graph)
    assert (cycle is not None) == has_cycle, graph
    if cycle:
        assert cycle[0] == cycle[-1]


def test_upward_import_is_reported() -> None:
    graph = {"extractor.segment": {"extractor.fields.education"}, "extractor.fields.education": set()}
    assert upward_imports(graph) == [
        "extractor.segment (extractor.segment) -> extractor.fields.education (extractor.fields)"
    ]
    assert upward_imports({"extractor.fields.awards": {"extractor.segment"}}) == []


def test_handler_to_handler_import_is_reported() -> None:
    graph = {
        "extractor.fields.service": {"extractor.fields.teaching", *HANDLER_SHARED},
        "extractor.fields.current": {"extractor.fields.context", "extractor.fields.header"},
    }
    assert handler_imports(graph) == [
        "extractor.fields.current -> extractor.fields.header",
        "extractor.fields.service -> extractor.fields.teaching",
    ]
