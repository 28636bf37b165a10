"""The house drawn from its imports: which module of `bot/` imports which, and the rules it obeys.

Imports are read with `ast`, not by importing, so the check sees every import: at the top, inside
functions (lazy imports), and names loaded by string (`importlib.import_module("bot.x")`, the
CLI's `lazy("bot.x:run")`, tuples of module names). Imports under `if TYPE_CHECKING:` are left
out: they exist for the type checker only and create no dependency at run time.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# A string that is nothing but a module path of the project, optionally with `:function`.
MODULE_STRING = re.compile(r"^bot(?:\.[A-Za-z_]\w*)+(?::\w+)?$")

CHANNELS = ("bot.telegram", "bot.web", "bot.channels")
CLI = "bot.cli"
# Tools on top of the library, like the CLI: they may drive a channel (the benchmark does).
TOOLS = (CLI, "bot.bench", "bot.__main__")
# What a channel may import besides its own package (and the standard and third-party libraries):
# the assistant (the one door to the core), the models, the renderers, i18n, settings, the text
# helpers, the privacy helpers it must apply to what it stores, and the declaration of its tables.
CHANNEL_MAY_IMPORT = (
    "bot.assistant", "bot.models", "bot.render", "bot.i18n", "bot.settings", "bot.text",
    "bot.privacy.pseudonym", "bot.privacy.redact", "bot.privacy.logfilter", "bot.storage",
)  # fmt: skip
# `bot.privacy` itself only re-exports pseudonymise and redact.
CHANNEL_MAY_IMPORT_EXACTLY = ("bot.privacy", "bot.privacy.pseudonymise", "bot.privacy.redact")


@dataclass(frozen=True, slots=True)
class Import:
    module: str  # the importing module
    target: str  # the imported module (or module.name for `from module import name`)
    line: int


def module_name(path: Path, root: Path) -> str:
    """`root/bot/gaps/log.py` → `bot.gaps.log` (root is the folder that holds `bot/`)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
            if name == "TYPE_CHECKING":
                for statement in node.body:
                    skipped.update(id(n) for n in ast.walk(statement))
    return skipped


def _from_base(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if is_package else module.split(".")[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join([*package, *([node.module] if node.module else [])])


def imports_of(path: Path, root: Path) -> Iterator[Import]:
    """Every project import a file makes at run time, including by string."""
    module = module_name(path, root)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skipped = _type_checking_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _from_base(node, module, path.name == "__init__.py")
            yield Import(module, base, node.lineno)
            for alias in node.names:
                yield Import(module, f"{base}.{alias.name}", node.lineno)
        elif isinstance(node, ast.Constant) and MODULE_STRING.match(str(node.value)):
            yield Import(module, str(node.value).split(":")[0], node.lineno)


def all_imports(root: Path) -> list[Import]:
    """The imports of every module under `root/bot` that point into the project."""
    found: list[Import] = []
    for path in sorted((root / "bot").rglob("*.py")):
        found.extend(i for i in imports_of(path, root) if _inside(i.target, "bot"))
    return found


def _inside(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _inside_any(name: str, packages: tuple[str, ...]) -> bool:
    return any(_inside(name, p) for p in packages)


def package_of(module: str) -> str:
    """The unit of the drawing: `bot.gaps.log` → `bot.gaps`, `bot.assistant` → itself."""
    return ".".join(module.split(".")[:2])


def core_imports_channel(imports: list[Import]) -> list[Import]:
    """The library (everything but channels and tools) never imports a channel or the CLI."""
    return [
        i for i in imports
        if not _inside_any(i.module, CHANNELS + TOOLS) and _inside_any(i.target, (*CHANNELS, CLI))
    ]  # fmt: skip


def channel_imports_core(imports: list[Import]) -> list[Import]:
    """A channel imports only the allowed modules and its own package."""
    bad = []
    for i in imports:
        channel = next((c for c in CHANNELS if _inside(i.module, c)), None)
        if channel is None or _inside(i.target, channel) or i.target == "bot":
            continue
        if _inside_any(i.target, CHANNEL_MAY_IMPORT) or i.target in CHANNEL_MAY_IMPORT_EXACTLY:
            continue
        bad.append(i)
    return bad


def imports_cli(imports: list[Import]) -> list[Import]:
    """Nothing in the library or the channels imports the command line; it sits on top."""
    return [
        i for i in imports
        if _inside(i.target, CLI) and not _inside(i.module, CLI) and i.module != "bot.__main__"
    ]  # fmt: skip


def package_cycles(imports: list[Import], known: set[str]) -> list[list[str]]:
    """Groups of packages that reach each other through imports (strongly connected components)."""
    graph: dict[str, set[str]] = {}
    for i in imports:
        source, target = package_of(i.module), package_of(i.target)
        if source != target and target in known:
            graph.setdefault(source, set()).add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        for follower in sorted(graph.get(node, ())):
            if follower not in index:
                visit(follower)
                low[node] = min(low[node], low[follower])
            elif follower in stack:
                low[node] = min(low[node], index[follower])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def known_packages(root: Path) -> set[str]:
    return {package_of(module_name(p, root)) for p in (root / "bot").rglob("*.py")}


def violations(root: Path) -> dict[str, list[object]]:
    """Every broken rule of the tree under `root`, by rule."""
    imports = all_imports(root)
    return {
        "core imports a channel": core_imports_channel(imports),
        "channel goes around the assistant": channel_imports_core(imports),
        "module imports the CLI": imports_cli(imports),
        "cycle between packages": package_cycles(imports, known_packages(root)),
    }
