"""The package's shape: no import circles, nothing below the CLI imports it, the documented API is importable.

Every `import` in every module counts, the lazy ones inside functions too: a lazy import still ties the
two modules together, and a circle through one is a circle a reader has to untangle."""

import ast
import re
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


# The faces, on top: nothing below them imports one (a lazy import counts too).
FACES = ("localstyle.cli", "localstyle.arguments", "localstyle.regionroute_cli", "localstyle.batch",
         "localstyle.serve", "localstyle.evaluation", "localstyle.metrics")


def is_face(module: str) -> bool:
    return any(module == face or module.startswith(face + ".") for face in FACES)


def test_nothing_below_the_faces_imports_a_face():
    wrong = sorted(f"{name} imports {target}" for name, targets in import_graph().items()
                   if not is_face(name) and name != "localstyle" for target in targets if is_face(target))
    assert wrong == []


def test_each_method_imports_nothing_of_the_other():
    graph = import_graph()
    for method, other in (("localstyle.least", "localstyle.regionroute"), ("localstyle.regionroute", "localstyle.least")):
        inside = lambda module, folder: module == folder or module.startswith(folder + ".")  # noqa: E731
        wrong = sorted(f"{name} imports {target}" for name, targets in graph.items() if inside(name, method)
                       for target in targets if inside(target, other))
        assert wrong == [], method


def test_no_argparse_below_the_faces():
    users = sorted(module_name(p) for p in PACKAGE.rglob("*.py") if not is_face(module_name(p))
                   and re.search(r"^\s*(import argparse|from argparse)", p.read_text(encoding="utf-8"), re.M))
    # options generates the faces' arguments (options.add_arguments); the testing modules are the
    # `python -m localstyle.testing` / `localstyle.regionroute.testing` tools that write tiny models
    assert users == ["localstyle.options", "localstyle.regionroute.testing", "localstyle.testing"]


@pytest.mark.parametrize("folder, modules", [
    ("least", {"stylizer", "region", "stylenet", "losses", "optimise", "prompts", "presets"}),
    ("regions", {"instruction", "grounding", "segmentation", "tracking", "plan"}),
    ("evaluation", {"metrics", "evaluate", "bench", "reference_loop"}),
    ("serve", {"app"}),
    ("regionroute", {"editor", "attention", "tokens", "losses", "flow", "data", "train", "experts", "bases"}),
    (".", {"cli", "api", "methods", "options", "settings", "result", "models", "masks", "imageio", "errors",
           "testing"}),
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
    for name in ("stylize", "Result", "METHODS", "LeastStylizer", "RegionRoute", "RunOptions", "Regions",
                 "VideoStylizer", "parse_instruction", "Edit", "LocalStyleError", "InputError", "InstructionError",
                 "ModelError", "RegionNotFoundError", "__version__"):
        assert getattr(localstyle, name) is not None
    assert sorted(localstyle.__all__) == sorted(set(localstyle.__all__))
    assert all(getattr(localstyle, name) is not None for name in localstyle.__all__)
    assert issubclass(localstyle.InstructionError, ValueError)


# Function-local imports are allowed only where they keep something light: in the command line and the
# package's __init__ (so `localstyle --help` and `import localstyle` need no torch), and for the optional
# extras (a module whose extra is not installed must still import).
LAZY_IMPORTERS = {"localstyle", "localstyle.cli", "localstyle.arguments"}
OPTIONAL_EXTRAS = {"ray", "diffusers", "peft", "fastapi", "uvicorn", "starlette", "pydantic", "bitsandbytes",
                   "fsspec", "s3fs", "gcsfs", "adlfs", "av", "pycocotools", "playwright", "moto"}


def optional_modules(graph: dict[str, set[str]]) -> set[str]:
    """localstyle modules that import an optional extra at their top, or such a module, at their top."""
    heavy = set()
    for name, path in ((module_name(p), p) for p in PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                roots = {a.name.split(".")[0] for a in node.names} if isinstance(node, ast.Import) else \
                    {(node.module or "").split(".")[0]}
                if roots & OPTIONAL_EXTRAS:
                    heavy.add(name)
    changed = True
    while changed:
        top = top_level_graph()
        grown = {name for name, targets in top.items() if targets & heavy} | heavy
        changed, heavy = grown != heavy, grown
    return heavy


def top_level_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = ast.Module(body=[n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))],
                         type_ignores=[])
        graph[name] = local_imports(ast.unparse(top), package, set(paths)) - {name}
    return graph


def lazy_imports() -> list[tuple[str, int, str]]:
    """(module, line, imported module) of every import inside a function."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(function):
                    if isinstance(node, ast.Import):
                        found += [(name, node.lineno, alias.name) for alias in node.names]
                    elif isinstance(node, ast.ImportFrom):
                        found.append((name, node.lineno, node.module or ""))
    return found


def test_lazy_imports_only_in_the_faces_entry_points_or_for_optional_extras():
    optional = optional_modules(import_graph())
    wrong = [f"{module}:{line} imports {target}" for module, line, target in lazy_imports()
             if module not in LAZY_IMPORTERS and target.split(".")[0] not in OPTIONAL_EXTRAS
             and target not in optional]
    assert wrong == []


def test_the_command_lines_help_imports_no_torch():
    import subprocess
    import sys

    code = ("import sys; from localstyle.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('torch', 'transformers', 'ray', 'fastapi') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_no_function_is_over_about_60_lines_without_saying_why():
    """A longer function must say why in a comment starting `# long:` in its first lines."""
    long = []
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 65:
                if not any("# long:" in line for line in lines[node.lineno - 1:node.lineno + 20]):
                    long.append(f"{module_name(path)}.{node.name} ({node.end_lineno - node.lineno + 1} lines)")
    assert long == []
