"""The package's shape: no import circles, nothing below the CLI imports it, the documented API is importable.

Every `import` in every module counts, the lazy ones inside functions too: a lazy import still ties the
two modules together, and a circle through one is a circle a reader has to untangle."""

import ast
from pathlib import Path

import pytest

import localstyle

PACKAGE = Path(localstyle.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def local_imports(source: str, package: str, modules: set[str]) -> set[str]:
    """The localstyle modules that `source` (a module of `package`) imports; `from pkg import submodule`
    names the submodule."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative import: resolve against this module's package
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return {name for name in found if name in modules}


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph[name] = local_imports(path.read_text(encoding="utf-8"), package, set(paths)) - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_checker_finds_a_circle_and_resolves_relative_imports():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    modules = {"localstyle.masks", "localstyle.least.stylenet", "localstyle.cli", "localstyle.least"}
    source = "from ..masks import x\nfrom . import stylenet\ndef f():\n    import localstyle.cli\n"
    assert local_imports(source, "localstyle.least", modules) == {
        "localstyle.masks", "localstyle.least.stylenet", "localstyle.cli"}


def test_no_import_circles():
    assert find_cycle(import_graph()) is None


def test_only_the_cli_imports_the_cli():
    importers = sorted(name for name, targets in import_graph().items() if "localstyle.cli" in targets)
    assert importers == []


@pytest.mark.parametrize("folder, modules", [
    ("least", {"stylenet", "losses", "optimise", "prompts"}),
    ("regions", {"instruction", "grounding", "segmentation"}),
    ("evaluation", {"metrics", "evaluate", "bench", "reference_loop"}),
    ("serve", {"app"}),
    (".", {"cli", "settings", "pipeline", "models", "masks", "imageio", "errors", "testing"}),
])
def test_folders_hold_their_stages(folder, modules):
    present = {p.stem for p in (PACKAGE / folder).glob("*.py")}
    assert modules <= present


def test_no_module_is_over_about_500_lines():
    sizes = {module_name(p): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    assert {name: lines for name, lines in sizes.items() if lines > 550} == {}


def test_public_api_is_unchanged():
    import localstyle.metrics
    from localstyle.evaluation import metrics

    assert localstyle.metrics is metrics and callable(localstyle.metrics.score_all)
    for name in ("stylize", "StylizeResult", "parse_instruction", "Edit", "LocalStyleError", "InputError",
                 "InstructionError", "ModelError", "RegionNotFoundError", "__version__"):
        assert getattr(localstyle, name) is not None
    assert issubclass(localstyle.InstructionError, ValueError)
