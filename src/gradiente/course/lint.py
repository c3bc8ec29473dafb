"""The course lint: rules a lesson, an exercise or the manifest must keep, each telling what, where and how to fix.

Every rule is a function that returns a list of :class:`Problem` (empty when all is well), so a
test can run it per lesson or per exercise and print every problem at once. The rules:

- :func:`language_parity`: a lesson's Spanish and English texts have the same headings, the same
  display math, the same inline formulas and the same placeholders; a prompt's or hint's two languages show the same code.
- :func:`title_problems`: the H1 comes from ``kit.header``, never from markdown.
- :func:`revealed_solutions`: no code shown before an exercise gives away its reference solution.
- :func:`orphans`: every file under lessons/, exercises/, solutions/, checks/ and mistakes/
  belongs to a lesson or an exercise of ``course.toml`` (``_name.py`` files are templates or shared
  helpers by convention).
- :func:`stub_problems`: the stub's docstring is generated from ``course.toml``'s prompt (one
  source), and the stub, the reference and the prompt agree on the signature.
- :func:`lesson_pointers`: every "Lesson:" line in a library docstring names real lesson ids.
- :func:`hint_format`: hints are arrays of tables with multi-line strings, so diffs stay readable.
- :func:`glossary_problems`: every term of ``glossary.toml`` is in both languages, points at a lesson
  of ``course.toml``, and no name (term or variant, accents and case aside) belongs to two terms.

``python -m gradiente.course.lint`` prints every problem of the course;
``python -m gradiente.course.lint --write-stubs`` rewrites the stubs' docstrings from ``course.toml``.
"""

from __future__ import annotations

import ast
import difflib
import re
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from gradiente.course.manifest import Course, Exercise, Lesson

COURSE_FOLDERS = ("lessons", "exercises", "solutions", "checks", "mistakes")
_DOC_WIDTH = 92  # the stubs' docstrings wrap here (the indent included)


@dataclass(frozen=True)
class Problem:
    where: str  # "lessons/2_1_….py:123", "course.toml:45", "src/gradiente/optim.py:3"
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}\n    fix: {self.fix}"


def report(problems: list[Problem]) -> str:
    """Problems as one message for an assertion: a count, then each with its fix."""
    return f"{len(problems)} problem(s):\n" + "\n".join(str(problem) for problem in problems)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


# --- the bilingual texts of a lesson ------------------------------------------------------


@dataclass(frozen=True)
class Bilingual:
    """One ``es=…, en=…`` pair of a lesson: the text of each (f-string fields written as ``{expr}``)."""

    line: int
    es: str
    en: str
    fields_es: tuple[str, ...]  # an f-string's fields, as source
    fields_en: tuple[str, ...]


def _literal(node: ast.expr) -> tuple[str, tuple[str, ...]] | None:
    """The text of a string literal and its f-string fields; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, ()
    if isinstance(node, ast.JoinedStr):
        parts, fields = [], []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue):
                field = ast.unparse(value.value)
                if value.conversion != -1:
                    field += "!" + chr(value.conversion)
                if value.format_spec is not None:
                    spec = _literal(value.format_spec)
                    field += ":" + (spec[0] if spec else "?")
                fields.append(field)
                parts.append("{" + field + "}")
        return "".join(parts), tuple(fields)
    return None


def bilingual_texts(source: str) -> list[Bilingual]:
    """Every call with both ``es=`` and ``en=`` string arguments (``kit.text``, ``kit.say``, ``T``…)."""
    pairs = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        keywords = {keyword.arg: keyword.value for keyword in node.keywords if keyword.arg in ("es", "en")}
        if len(keywords) < 2:
            continue
        es, en = _literal(keywords["es"]), _literal(keywords["en"])
        if es is not None and en is not None:
            pairs.append(Bilingual(node.lineno, es[0], en[0], es[1], en[1]))
    return sorted(pairs, key=lambda pair: pair.line)


_FENCE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", re.S | re.M)
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$", re.M)
_DISPLAY = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]", re.S)
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)(.+?)(?<![\\$])\$", re.S)
_CODE_SPAN = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
_FORMAT_FIELD = re.compile(r"(?<![{\\])\{([A-Za-z_]\w*)\}(?!\})")
_SECTION_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")


def headings(text: str) -> list[tuple[int, str]]:
    """Markdown headings outside code blocks, as (level, section number or "")."""
    found = []
    for match in _HEADING.finditer(_FENCE.sub("", text)):
        number = _SECTION_NUMBER.match(match.group(2) + " ")
        found.append((len(match.group(1)), number.group(1) if number else ""))
    return found


def display_math(text: str) -> list[str]:
    """The display formulas ($$…$$ or \\[…\\]), whitespace collapsed."""
    return [" ".join((match.group(1) or match.group(2)).split()) for match in _DISPLAY.finditer(text)]


def inline_math(text: str) -> Counter:
    """The $…$ formulas outside display math and code, whitespace collapsed (order is free)."""
    return Counter(
        " ".join(formula.split()) for formula in _INLINE_MATH.findall(_FENCE.sub("", _DISPLAY.sub(" ", text)))
    )


def _without_math(text: str) -> str:
    return _INLINE_MATH.sub(" ", _DISPLAY.sub(" ", text))


def placeholders(text: str, fields: tuple[str, ...]) -> Counter:
    """What gets filled in: an f-string's fields, or a plain string's ``{name}`` outside math."""
    if fields:
        # `{side_es}` and `{side_en}` are one value written in each language
        return Counter(
            re.sub(r"\b(\w*_)?(es|en)\b", lambda match: (match.group(1) or "") + "LANG", field) for field in fields
        )
    return Counter(_FORMAT_FIELD.findall(_FENCE.sub("", _without_math(text))))


def code_spans(text: str) -> Counter:
    return Counter(" ".join(span.split()) for span in _CODE_SPAN.findall(_FENCE.sub("", text)))


def language_parity(lesson: Lesson, root: Path) -> list[Problem]:
    """The two languages of every text of a lesson: same headings, display math and placeholders."""
    where = _relative(lesson.file, root)
    problems = []
    for pair in bilingual_texts(lesson.file.read_text(encoding="utf-8")):
        at = f"{where}:{pair.line}"
        if headings(pair.es) != headings(pair.en):
            problems.append(
                Problem(
                    at,
                    f"the headings differ: es has {_show_headings(pair.es)}, en has {_show_headings(pair.en)}",
                    "give both languages the same headings, same levels (#, ##, ###) and the same section numbers",
                )
            )
        math_es, math_en = display_math(pair.es), display_math(pair.en)
        if math_es != math_en:
            problems.append(
                Problem(
                    at,
                    "the display math differs: " + _first_difference(math_es, math_en),
                    "write each $$…$$ formula identically in both languages (words in \\text{} included), in the same order",
                )
            )
        inline_es, inline_en = inline_math(pair.es), inline_math(pair.en)
        if inline_es != inline_en:
            problems.append(
                Problem(
                    at,
                    f"the inline math differs: only in es {sorted((inline_es - inline_en).elements())}, "
                    f"only in en {sorted((inline_en - inline_es).elements())}",
                    "say the same mathematics in both languages: the same $…$ formulas (their order may change)",
                )
            )
        fields_es, fields_en = placeholders(pair.es, pair.fields_es), placeholders(pair.en, pair.fields_en)
        if fields_es != fields_en:
            problems.append(
                Problem(
                    at,
                    f"the placeholders differ: only in es {sorted((fields_es - fields_en).elements())}, "
                    f"only in en {sorted((fields_en - fields_es).elements())}",
                    "fill in the same values in both languages: a number the learner sees in one language must be "
                    "there in the other",
                )
            )
    return problems


def _show_headings(text: str) -> str:
    found = headings(text)
    return ", ".join("#" * level + (f" {number}" if number else "") for level, number in found) or "none"


def _first_difference(left: list[str], right: list[str]) -> str:
    for index, (es, en) in enumerate(zip(left, right)):
        if es != en:
            return f"formula #{index + 1}: es `{es}` vs en `{en}`"
    return f"es has {len(left)} display formula(s), en has {len(right)}"


def exercise_text_parity(exercise: Exercise) -> list[Problem]:
    """A prompt's and each hint's two languages show the same code spans and the same formulas."""
    problems = []
    texts = [("prompt", exercise.prompt)] + [(f"hint {n}", hint) for n, hint in enumerate(exercise.hints, start=1)]
    for name, text in texts:
        spans_es, spans_en = code_spans(text.es), code_spans(text.en)
        if spans_es != spans_en:
            problems.append(
                Problem(
                    f"course.toml, exercise '{exercise.id}', {name}",
                    f"the code differs between languages: only in es {sorted((spans_es - spans_en).elements())}, "
                    f"only in en {sorted((spans_en - spans_es).elements())}",
                    "code in `backticks` is the same in both languages: translate the words around it, not the code",
                )
            )
        if display_math(text.es) != display_math(text.en):
            problems.append(
                Problem(
                    f"course.toml, exercise '{exercise.id}', {name}",
                    "the display math differs between languages",
                    "write each formula identically in both languages",
                )
            )
    return problems


# --- the title ----------------------------------------------------------------------------


def title_problems(lesson: Lesson, root: Path) -> list[Problem]:
    """The lesson's H1 is drawn by ``kit.header`` (number and title from course.toml), never typed in markdown."""
    where = _relative(lesson.file, root)
    source = lesson.file.read_text(encoding="utf-8")
    problems = []
    for pair in bilingual_texts(source):
        for lang, text in (("es", pair.es), ("en", pair.en)):
            if any(level == 1 for level, _ in headings(text)):
                problems.append(
                    Problem(
                        f"{where}:{pair.line}",
                        f"the {lang} text has an H1 (`# …`)",
                        "remove it: the title comes from course.toml through kit.header(lesson_id, lang); "
                        "sections start at ##",
                    )
                )
    if not any(_is_call_to(node, "header") for node in ast.walk(ast.parse(source))):
        problems.append(
            Problem(
                where, "the lesson never calls kit.header", f'add a first cell with kit.header("{lesson.id}", lang)'
            )
        )
    return problems


def _is_call_to(node: ast.AST, name: str) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == name
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "kit"
    )


# --- code shown before an exercise --------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """A piece of code the learner sees: a visible cell, a cell with mo.show_code(), or code in markdown."""

    line: int
    code: str
    kind: str  # "cell", "markdown block", "inline code"


def shown_code(source: str) -> list[Shown]:
    tree = ast.parse(source)
    shown = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and _is_cell(node):
            calls_show_code = any(
                isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "show_code"
                for inner in ast.walk(node)
            )
            if calls_show_code or not _hides_code(node):
                body = "\n".join(ast.unparse(statement) for statement in node.body)
                shown.append(Shown(node.lineno, body, "cell"))
    for pair in bilingual_texts(source):
        for text in (pair.es, pair.en):
            for block in re.finditer(r"^ {0,3}(```|~~~)[^\n]*\n(.*?)^ {0,3}\1", text, re.S | re.M):
                shown.append(Shown(pair.line, block.group(2), "markdown block"))
            for span in _CODE_SPAN.findall(_FENCE.sub("", text)):
                shown.append(Shown(pair.line, span, "inline code"))
    return shown


def _is_cell(node: ast.FunctionDef) -> bool:
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr == "cell":
            return True
    return False


def _hides_code(node: ast.FunctionDef) -> bool:
    for decorator in node.decorator_list:
        if isinstance(decorator, ast.Call):
            for keyword in decorator.keywords:
                if keyword.arg == "hide_code" and isinstance(keyword.value, ast.Constant):
                    return bool(keyword.value.value)
    return False


_EXERCISE_CALLS = ("exercise", "exercise_intro", "exercise_editor")


def exercise_lines(source: str) -> dict[str, int]:
    """Where each exercise starts in a lesson: its first kit.exercise (or exercise_intro, exercise_editor) call."""
    lines: dict[str, int] = {}
    for node in ast.walk(ast.parse(source)):
        if (
            any(_is_call_to(node, name) for name in _EXERCISE_CALLS)
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            lines[node.args[0].value] = min(lines.get(node.args[0].value, node.lineno), node.lineno)
    return lines


class _Canonical(ast.NodeTransformer):
    """Rename every variable by order of first appearance, so `f(x + h)` and `g(t + d)` look alike."""

    def __init__(self):
        self.names: dict[str, str] = {}
        self.keep = {"np", "math", "numpy", "range", "len", "abs", "max", "min", "sum", "float", "int"}

    def _rename(self, name: str) -> str:
        if name in self.keep:
            return name
        return self.names.setdefault(name, f"v{len(self.names)}")

    def visit_Name(self, node: ast.Name) -> ast.Name:
        return ast.copy_location(ast.Name(id=self._rename(node.id), ctx=node.ctx), node)

    def visit_arg(self, node: ast.arg) -> ast.arg:
        return ast.copy_location(ast.arg(arg=self._rename(node.arg)), node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        node.name = "function"
        node.decorator_list = []
        node.returns = None
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:] or [ast.Pass()]  # the docstring is no part of the solution
        node.body = body
        self.generic_visit(node)
        return node


def _canonical(node: ast.AST) -> str:
    import copy

    return ast.dump(_Canonical().visit(copy.deepcopy(node)), annotate_fields=False)


def _key_expressions(function: ast.FunctionDef) -> list[ast.expr]:
    """The expressions that are the heart of a solution: returned or assigned, with three or more operations."""
    found = []
    for node in ast.walk(function):
        value = node.value if isinstance(node, (ast.Return, ast.Assign, ast.AugAssign)) else None
        if value is not None and sum(isinstance(inner, ast.BinOp) for inner in ast.walk(value)) >= 3:
            found.append(value)
    return found


def _reference_function(exercise: Exercise) -> ast.FunctionDef | None:
    tree = ast.parse(exercise.solution_path.read_text(encoding="utf-8"))
    return next(
        (node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == exercise.function), None
    )


SIMILAR = 0.8  # a shown function this close to the reference (canonical AST, difflib ratio) gives it away


def revealed_solutions(lesson: Lesson, root: Path) -> list[Problem]:
    """Code the learner sees before an exercise must not contain the heart of its reference solution."""
    where = _relative(lesson.file, root)
    source = lesson.file.read_text(encoding="utf-8")
    starts = exercise_lines(source)
    shown = shown_code(source)
    problems = []
    for exercise in lesson.exercises:
        reference = _reference_function(exercise)
        if reference is None or exercise.id not in starts:
            continue
        keys = {_canonical(expression): ast.unparse(expression) for expression in _key_expressions(reference)}
        whole = _canonical(reference)
        for piece in shown:
            if piece.line >= starts[exercise.id]:
                continue
            try:
                tree = ast.parse(textwrap.dedent(piece.code))
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                revealed = None
                if isinstance(node, ast.expr) and _canonical(node) in keys:
                    revealed = f"`{ast.unparse(node)}`, the reference's `{keys[_canonical(node)]}`"
                elif isinstance(node, ast.FunctionDef):
                    ratio = difflib.SequenceMatcher(None, _canonical(node), whole, autojunk=False).ratio()
                    if ratio >= SIMILAR:
                        revealed = f"function `{node.name}`, {ratio:.0%} like the reference"
                if revealed:
                    problems.append(
                        Problem(
                            f"{where}:{piece.line}",
                            f"this {piece.kind}, shown {starts[exercise.id] - piece.line} lines before exercise "
                            f"'{exercise.id}' (line {starts[exercise.id]}), gives its solution away: {revealed}",
                            "hide that code (hide_code=True and no mo.show_code()), show it after the exercise, "
                            "or show the math instead of the code",
                        )
                    )
                    break
    return problems


# --- files that belong to nothing ---------------------------------------------------------


def orphans(course: Course, folder: str) -> list[Problem]:
    """Files under ``folder`` that no lesson or exercise of course.toml uses."""
    root = course.root
    base = root / folder
    if not base.is_dir():
        return []
    if folder == "lessons":
        wanted = {lesson.file.resolve() for lesson in course.lessons}
    elif folder == "mistakes":
        wanted = None
        folders = {(base / exercise.path).with_suffix("").resolve() for exercise in course.exercises}
    else:
        wanted = {(base / exercise.path).resolve() for exercise in course.exercises}
    problems = []
    for path in sorted(base.rglob("*")):
        if path.is_dir() or "__pycache__" in path.parts or path.name in ("README.md", ".gitignore"):
            continue
        if path.name.startswith("_") and path.suffix == ".py":
            continue  # by convention a template or a shared helper (lessons/_template.py), no lesson's own
        resolved = path.resolve()
        if wanted is not None and resolved in wanted:
            continue
        if wanted is None and path.suffix == ".py" and resolved.parent in folders:
            continue
        relative = _relative(path, root)
        if folder == "lessons":
            fix = "add it to course.toml as a [[module.lesson]] with file = ..., or delete it"
        elif folder == "mistakes":
            fix = (
                "a mistake is mistakes/<exercise path without .py>/<name>.py for an exercise of course.toml: "
                "move it there, or delete it"
            )
        else:
            fix = (
                f'name it in course.toml as an exercise\'s path (path = "{path.relative_to(base)}" looks for '
                f"exercises/, solutions/ and checks/ alike), or delete it"
            )
        problems.append(Problem(relative, "no lesson or exercise of course.toml uses this file", fix))
    return problems


# --- one source for each prompt -----------------------------------------------------------


_OPERATOR_SPACE = re.compile(r" ([=·−+*/≤≥<>←→]) ")
_KEEP = "\u00a0"  # textwrap never breaks at a no-break space


_SHORT_GROUP = 30  # characters: parentheses this short hold a formula, longer ones a remark


def _unbreakable(paragraph: str) -> str:
    """No line break inside a formula: in code, in short parentheses, or around an operator."""
    text = list(_OPERATOR_SPACE.sub(lambda match: f"{_KEEP}{match.group(1)}{_KEEP}", " ".join(paragraph.split())))
    depth, code, opened = 0, False, 0
    for index, char in enumerate(text):
        if char == "`":
            code = not code
        elif code and char == " ":
            text[index] = _KEEP
        elif char == "(":
            opened = index if depth == 0 else opened
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0 and index - opened <= _SHORT_GROUP:
                text[opened:index] = [_KEEP if item == " " else item for item in text[opened:index]]
    return "".join(text)


def _wrapped(text: str, label: str) -> list[str]:
    lines = []
    for number, paragraph in enumerate(text.strip().split("\n\n")):
        first = f"{label}: " if number == 0 else "    "
        lines += [
            line.replace(_KEEP, " ")
            for line in textwrap.wrap(
                _unbreakable(paragraph),
                width=_DOC_WIDTH,
                initial_indent=first,
                subsequent_indent="    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        ]
        lines.append("")
    return lines


def stub_docstring(exercise: Exercise) -> str:
    """The stub's module docstring, made from course.toml's prompt (the prompt's only source)."""
    lines = [f"Ejercicio / Exercise: {exercise.id}", ""]
    lines += _wrapped(exercise.prompt.es, "ES")
    lines += [f"    Comprueba tu código con:  gradiente check {exercise.id}", ""]
    lines += _wrapped(exercise.prompt.en, "EN")
    lines += [f"    Check your code with:  gradiente check {exercise.id}", ""]
    return "\n".join(lines)


def _docstring_node(tree: ast.Module) -> ast.Expr | None:
    first = tree.body[0] if tree.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        return first
    return None


def _signature(path: Path, function: str) -> str | None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    node = next((node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == function), None)
    return f"{function}({ast.unparse(node.args)})" if node else None


def _shows_signature(text: str, signature: str) -> bool:
    """Whether a `code span` of ``text`` is ``signature`` (compared as parameters: 1e-5 is 1e-05)."""
    wanted = ast.dump(ast.parse(f"def {signature}: pass").body[0].args)
    for span in code_spans(text):
        try:
            found = ast.parse(f"def {span}: pass").body[0].args
        except SyntaxError:
            continue
        if span.split("(")[0] == signature.split("(")[0] and ast.dump(found) == wanted:
            return True
    return False


def stub_problems(exercise: Exercise) -> list[Problem]:
    """The stub's docstring is the prompt of course.toml, and stub, reference and prompt share one signature."""
    root = exercise.root
    stub = _relative(exercise.stub_path, root)
    problems = []
    tree = ast.parse(exercise.stub_path.read_text(encoding="utf-8"))
    docstring = _docstring_node(tree)
    if docstring is None or docstring.value.value != stub_docstring(exercise):
        problems.append(
            Problem(
                f"{stub}:1",
                "the stub's docstring is not the prompt of course.toml" if docstring else "the stub has no docstring",
                "edit the prompt in course.toml, then run `python -m gradiente.course.lint --write-stubs`",
            )
        )
    signature = _signature(exercise.stub_path, exercise.function)
    reference = _signature(exercise.solution_path, exercise.function)
    if signature is None:
        problems.append(
            Problem(
                stub,
                f"the stub does not define {exercise.function}",
                f"define def {exercise.function}(...) with a TODO",
            )
        )
        return problems
    if reference != signature:
        problems.append(
            Problem(
                _relative(exercise.solution_path, root),
                f"the reference's signature {reference} is not the stub's {signature}",
                "give both the same parameters and defaults",
            )
        )
    for lang in ("es", "en"):
        if not _shows_signature(exercise.prompt.get(lang), signature):
            problems.append(
                Problem(
                    f"course.toml, exercise '{exercise.id}', prompt.{lang}",
                    f"the prompt does not show the stub's signature `{signature}`",
                    f"write `{signature}` in the prompt, exactly as the stub defines it",
                )
            )
    return problems


def write_stub_docstrings(course: Course) -> list[Path]:
    """Rewrite each stub's module docstring from course.toml; returns the files that changed."""
    changed = []
    for exercise in course.exercises:
        path = exercise.stub_path
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        docstring = _docstring_node(tree)
        new = f'"""{stub_docstring(exercise)}"""'
        if docstring is None:
            updated = new + "\n\n" + source
        else:
            lines = source.splitlines(keepends=True)
            before = "".join(lines[: docstring.lineno - 1])
            after = "".join(lines[docstring.end_lineno :])
            updated = before + new + "\n" + after
        if updated != source:
            path.write_text(updated, encoding="utf-8")
            changed.append(path)
    return changed


# --- "Lesson:" pointers in the library ----------------------------------------------------


@dataclass(frozen=True)
class Pointer:
    path: Path
    line: int
    text: str  # the pointer, joined over its lines


_POINTER = re.compile(r"^[ \t]*Lessons?:\s", re.M)
_LESSON_ID = re.compile(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`")
_NUMBERED_ID = re.compile(r"(\d+\.\d+)\s+`([a-z0-9]+(?:-[a-z0-9]+)+)`")


def library_files(package: Path) -> list[Path]:
    """The math library's modules: everything in the package but the course, the hub and the commands."""
    skip = {"course", "hub"}
    outside = {"cli.py", "terminal.py", "watch.py", "__main__.py"}
    return sorted(
        path
        for path in package.rglob("*.py")
        if not skip & set(path.relative_to(package).parts)
        and path.name not in outside
        and "__pycache__" not in path.parts
    )


def lesson_pointers(path: Path) -> list[Pointer]:
    """Every "Lesson:"/"Lessons:" paragraph of every docstring in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pointers = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        doc = (
            _docstring_node(node)
            if isinstance(node, ast.Module)
            else (
                node.body[0]
                if node.body
                and isinstance(node.body[0], ast.Expr)
                and isinstance(node.body[0].value, ast.Constant)
                and isinstance(node.body[0].value.value, str)
                else None
            )
        )
        if doc is None:
            continue
        text = doc.value.value
        for match in _POINTER.finditer(text):
            paragraph = text[match.start() :].split("\n\n")[0]
            line = doc.lineno + text[: match.start()].count("\n")
            pointers.append(Pointer(path, line, " ".join(paragraph.split())))
    return pointers


def pointer_problems(pointer: Pointer, course: Course, root: Path) -> list[Problem]:
    """A pointer names lessons by id in backticks (`derivatives-gradient-descent`), each a lesson of course.toml."""
    where = f"{_relative(pointer.path, root)}:{pointer.line}"
    known = {lesson.id: lesson for lesson in course.lessons}
    numbers = {lesson.id: lesson.number for lesson in course.lessons}
    ids = _LESSON_ID.findall(pointer.text)
    example = ", ".join(f"{numbers[id_]} `{id_}`" for id_ in list(known)[:1])
    if not ids:
        return [
            Problem(
                where,
                f"the pointer names no lesson id: “{pointer.text[:120]}”",
                f"name the lesson by its id from course.toml, in backticks (e.g. “Lesson: {example}”)",
            )
        ]
    problems = []
    for id_ in ids:
        if id_ not in known:
            close = difflib.get_close_matches(id_, list(known), n=1)
            problems.append(
                Problem(
                    where,
                    f"`{id_}` is not a lesson of course.toml",
                    f"use a real lesson id{f' (did you mean `{close[0]}`?)' if close else ''}, "
                    "or add the lesson before pointing at it",
                )
            )
    for number, id_ in _NUMBERED_ID.findall(pointer.text):
        if id_ in numbers and numbers[id_] != number:
            problems.append(
                Problem(where, f"`{id_}` is lesson {numbers[id_]}, not {number}", f"write {numbers[id_]} `{id_}`")
            )
    return problems


# --- how hints are written ----------------------------------------------------------------


def exercise_blocks(toml_text: str) -> dict[str, tuple[int, list[str]]]:
    """Each exercise's lines in course.toml (its table and the sub-tables after it), by id, with its first line."""
    lines = toml_text.split("\n")
    blocks: dict[str, tuple[int, list[str]]] = {}
    current: str | None = None
    start = 0
    header = re.compile(r"^\s*\[\[?\s*([\w.]+)\s*\]\]?")
    for number, line in enumerate(lines + ["[end]"], start=1):
        match = header.match(line)
        if match and not match.group(1).startswith("module.lesson.exercise."):
            if current is not None:
                blocks[current] = (start, lines[start - 1 : number - 1])
            current = None
            if match.group(1) == "module.lesson.exercise":
                start = number
                current = ""
        elif current == "" and (found := re.match(r'^\s*id\s*=\s*"([^"]+)"', line)):
            current = found.group(1)
    return blocks


def hint_format(exercise: Exercise, toml_text: str) -> list[Problem]:
    """Hints as ``[[module.lesson.exercise.hints]]`` tables whose es and en are multi-line strings."""
    blocks = exercise_blocks(toml_text)
    if exercise.id not in blocks:
        return [
            Problem(
                "course.toml",
                f"exercise '{exercise.id}' has no [[module.lesson.exercise]] table of its own",
                "write each exercise as its own [[module.lesson.exercise]] table",
            )
        ]
    start, lines = blocks[exercise.id]
    problems = []
    in_hint = False
    multiline = re.compile(r'^\s*(es|en)\s*=\s*("""|\'\'\')')
    for offset, line in enumerate(lines):
        where = f"course.toml:{start + offset}"
        stripped = line.strip()
        if re.match(r"^hints\s*=", stripped):
            problems.append(
                Problem(
                    where,
                    f"exercise '{exercise.id}' writes its hints as an inline array (hints = [...])",
                    'write each hint as its own table: [[module.lesson.exercise.hints]] then es = """...""" and '
                    'en = """...""" on lines of their own',
                )
            )
        if stripped.startswith("["):
            in_hint = stripped == "[[module.lesson.exercise.hints]]"
            continue
        if in_hint and re.match(r"^(es|en)\s*=", stripped) and not multiline.match(line):
            problems.append(
                Problem(
                    where,
                    f"a hint of exercise '{exercise.id}' is a one-line string",
                    'use a multi-line string, es = """ then the text on the next lines (end a line with \\ to '
                    "join it to the next without a line break)",
                )
            )
    return problems


# --- the glossary -------------------------------------------------------------------------


def glossary_problems(course: Course, root: Path | None = None) -> list[Problem]:
    """``glossary.toml`` loads (both languages of every name and definition), each term names a lesson of
    course.toml, its two definitions are written, not copied, and no name is used by two terms."""
    from gradiente.course.glossary import FILE, GlossaryError, load_glossary, normalize

    root = course.root if root is None else root
    try:
        glossary = load_glossary(root)
    except GlossaryError as error:
        return [
            Problem(FILE, problem, "fix the [[term]] table as the message says (the file's header shows one)")
            for problem in error.problems
        ]
    lessons = [lesson.id for lesson in course.lessons]
    problems = []
    owners: dict[str, tuple[str, str]] = {}  # a normalized name -> (its term, as written)
    for term in glossary.terms:
        where = f"{FILE}:{term.line}"
        label = f"'{term.es}' / '{term.en}'"
        if term.lesson_id not in lessons:
            close = difflib.get_close_matches(term.lesson_id, lessons, n=1)
            problems.append(
                Problem(
                    where,
                    f"the term {label} points at lesson '{term.lesson_id}', which course.toml does not have",
                    f"use the id of the lesson that defines it{f' (did you mean {close[0]!r}?)' if close else ''}",
                )
            )
        if normalize(term.definition.es) == normalize(term.definition.en):
            problems.append(
                Problem(
                    where,
                    f"the term {label} has the same definition in both languages",
                    "write the definition in Spanish for definition.es and in English for definition.en",
                )
            )
        seen: dict[tuple[str, str], str] = {}
        for lang, name, _ in term.names():
            key = normalize(name)
            if (lang, key) in seen:
                problems.append(
                    Problem(
                        where,
                        f"the term {label} lists '{name}' twice in {lang} (as '{seen[lang, key]}' already)",
                        "keep one: a variant repeats neither the term nor another variant",
                    )
                )
                continue
            seen[lang, key] = name
            owner = owners.setdefault(key, (label, name))
            if owner[0] != label:
                problems.append(
                    Problem(
                        where,
                        f"'{name}' names two terms: {owner[0]} (as '{owner[1]}') and {label}",
                        "a search must land on one entry: merge the two terms, or drop the name from one of them "
                        "(or make it more precise, e.g. 'sesgo de un estimador' vs 'sesgo de una neurona')",
                    )
                )
    return problems


def main(argv: list[str] | None = None) -> int:
    import sys

    from gradiente.course.manifest import load_course

    argv = sys.argv[1:] if argv is None else argv
    course = load_course()
    if "--write-stubs" in argv:
        for path in write_stub_docstrings(course):
            print(f"rewrote the docstring of {_relative(path, course.root)}")
        return 0
    problems = []
    toml_text = (course.root / "course.toml").read_text(encoding="utf-8")
    for lesson in course.lessons:
        problems += language_parity(lesson, course.root) + title_problems(lesson, course.root)
        problems += revealed_solutions(lesson, course.root)
    for exercise in course.exercises:
        problems += stub_problems(exercise) + exercise_text_parity(exercise) + hint_format(exercise, toml_text)
    for folder in COURSE_FOLDERS:
        problems += orphans(course, folder)
    problems += glossary_problems(course)
    package = Path(__file__).resolve().parents[1]
    for path in library_files(package):
        for pointer in lesson_pointers(path):
            problems += pointer_problems(pointer, course, course.root)
    print(report(problems) if problems else "The course lint found nothing to fix.")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
