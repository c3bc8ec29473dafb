"""The import graph keeps its shape: layers point down, no module imports itself in a cycle.

The contracts are written in pyproject.toml (``[tool.importlinter]``) and checked here with
import-linter, the tool behind ``lint-imports``; the cycle test reads the same graph
(built by grimp) directly, so it also sees a package that imports one of its own modules
which imports the package back.
"""

from pathlib import Path

import grimp
import pytest
from importlinter.api import read_configuration
from importlinter.application.use_cases import lint_imports
from importlinter.contracts.layers import LayersContract

PYPROJECT = str(Path(__file__).resolve().parents[2] / "pyproject.toml")
CONTRACT_IDS = [options["id"] for options in read_configuration(PYPROJECT)["contracts_options"]]


@pytest.mark.parametrize("contract_id", CONTRACT_IDS)
def test_import_contract_is_kept(contract_id, capsys):
    kept = lint_imports(config_filename=PYPROJECT, limit_to_contracts=(contract_id,), cache_dir=None, no_logo=True)
    assert kept, capsys.readouterr().out  # import-linter's report: which import, and the fix


def test_the_layers_contract_catches_an_import_that_points_up():
    configuration = read_configuration(PYPROJECT)
    options = next(o for o in configuration["contracts_options"] if o["id"] == "layers")
    contract = LayersContract(
        name=options["name"], session_options=configuration["session_options"], contract_options=options
    )
    graph = grimp.build_graph("gradiente", cache_dir=None)
    assert contract.check(graph, verbose=False).kept
    graph.add_import(
        importer="gradiente._validation",
        imported="gradiente.models.base_shim",
        line_number=1,
        line_contents="from gradiente.models import base_shim",
    )
    assert not contract.check(graph, verbose=False).kept


def import_cycles(graph):
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index, lowlink, on_stack, stack, cycles = {}, {}, set(), [], []

    def visit(module):
        index[module] = lowlink[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                lowlink[module] = min(lowlink[module], lowlink[imported])
            elif imported in on_stack:
                lowlink[module] = min(lowlink[module], index[imported])
        if lowlink[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def test_no_module_of_gradiente_imports_itself_through_a_cycle():
    graph = grimp.build_graph("gradiente", cache_dir=None)
    cycles = import_cycles(graph)
    loops = []
    for first, *others in cycles:
        there = graph.find_shortest_chain(first, others[0])
        back = graph.find_shortest_chain(others[0], first)
        loops.append(" -> ".join(there + back[1:]))
    assert not cycles, (
        f"import cycles: {loops}. Move what both modules need into a third "
        "module below them (as linalg/norms.py holds norm and cond), rather than hiding the "
        "cycle with an import inside a function."
    )
