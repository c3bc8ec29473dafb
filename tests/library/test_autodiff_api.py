"""The autodiff engine's contract: grad/jacobian/gradcheck, accumulation, no_grad, dtypes,
freed graphs, teaching error messages and the graph drawing."""

import inspect
import os
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_diabetes

from gradiente import autodiff as ad
from gradiente.autodiff import GradcheckError, GraphFreedError, Tensor, grad, gradcheck, jacobian, no_grad


@pytest.fixture(scope="module")
def diabetes():
    X, y = load_diabetes(return_X_y=True)
    return X, y


def test_done_when_grad_of_mean_squared_error_equals_pytorch(diabetes):
    torch = pytest.importorskip("torch")
    X, y = diabetes
    w = np.random.default_rng(0).standard_normal(X.shape[1])
    ours = grad(lambda w: ((X @ w - y) ** 2).mean())(w)
    w_t = torch.tensor(w, requires_grad=True)
    ((torch.from_numpy(X) @ w_t - torch.from_numpy(y)) ** 2).mean().backward()
    np.testing.assert_allclose(ours, w_t.grad.numpy(), rtol=1e-12)


def test_grad_of_mean_squared_error_equals_the_formula(diabetes):
    X, y = diabetes
    w = np.linspace(-1, 1, X.shape[1])
    expected = 2 / len(y) * X.T @ (X @ w - y)  # d/dw mean((Xw - y)^2)
    np.testing.assert_allclose(grad(lambda w: ((X @ w - y) ** 2).mean())(w), expected, rtol=1e-12)


def test_grad_with_several_arguments_and_argnums():
    f = lambda a, b, c: (a * b**2).sum() + c  # noqa: E731
    a, b = np.array([1.0, 2.0]), np.array([3.0, 4.0])
    np.testing.assert_allclose(grad(f)(a, b, 5.0), b**2)
    grad_a, grad_b = grad(f, argnums=(0, 1))(a, b, 5.0)
    np.testing.assert_allclose(grad_a, b**2)
    np.testing.assert_allclose(grad_b, 2 * a * b)
    value, g = ad.value_and_grad(f, argnums=1)(a, b, 5.0)
    assert value == pytest.approx(1 * 9 + 2 * 16 + 5)
    np.testing.assert_allclose(g, 2 * a * b)


def test_grad_of_a_function_that_ignores_its_input_is_zero():
    np.testing.assert_array_equal(grad(lambda x: Tensor(3.0))(np.ones(3)), np.zeros(3))


def test_grad_refuses_a_vector_output_and_suggests_jacobian():
    with pytest.raises(ValueError, match=r"shape \(3,\).*jacobian"):
        grad(lambda x: x * 2)(np.ones(3))


def test_jacobian_of_an_elementwise_and_a_mixing_function():
    x = np.array([0.5, -1.0, 2.0])
    np.testing.assert_allclose(
        jacobian(lambda t: t.sigmoid())(x), np.diag(ad.sigmoid(x).data * (1 - ad.sigmoid(x).data))
    )
    A = np.arange(6.0).reshape(2, 3)
    np.testing.assert_allclose(jacobian(lambda t: A @ t)(x), A)
    assert jacobian(lambda t: (t * t).sum())(x).shape == (3,)  # scalar output: the gradient


def test_jacobian_shape_is_output_shape_plus_input_shape():
    x = np.ones((2, 2))
    assert jacobian(lambda t: t.sum(axis=0))(x).shape == (2, 2, 2)


def test_gradients_accumulate_until_zero_grad_as_in_pytorch():
    w = Tensor([1.0, 2.0], requires_grad=True)
    (w * 3).sum().backward()
    (w * w).sum().backward()
    np.testing.assert_allclose(w.grad, [3 + 2, 3 + 4])
    w.zero_grad()
    assert w.grad is None
    (w * 3).sum().backward()
    np.testing.assert_allclose(w.grad, [3, 3])


def test_a_node_used_twice_gets_both_contributions():
    x = Tensor(3.0, requires_grad=True)
    y = x * x + x  # dy/dx = 2x + 1
    y.backward()
    assert x.grad == pytest.approx(7.0)


def test_second_backward_through_a_freed_graph_says_so():
    x = Tensor([1.0, 2.0], requires_grad=True)
    loss = (x.exp() * 2).sum()
    loss.backward()
    with pytest.raises(GraphFreedError, match="retain_graph=True"):
        loss.backward()


def test_retain_graph_allows_a_second_backward_that_accumulates():
    x = Tensor([1.0, 2.0], requires_grad=True)
    loss = (x.exp() * 2).sum()
    loss.backward(retain_graph=True)
    loss.backward()
    np.testing.assert_allclose(x.grad, 2 * 2 * np.exp([1.0, 2.0]))


def test_backward_of_a_vector_needs_a_gradient_or_jacobian():
    x = Tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(ValueError, match="scalar output.*jacobian"):
        (x * 2).backward()
    (x * 2).backward(np.array([1.0, 10.0]))
    np.testing.assert_allclose(x.grad, [2.0, 20.0])
    with pytest.raises(ValueError, match=r"shape \(2,\)"):
        (x * 2).backward(np.ones(3))


def test_backward_without_any_input_requiring_grad_is_refused():
    with pytest.raises(RuntimeError, match="requires_grad=True"):
        (Tensor([1.0]) * 2).sum().backward()


def test_no_grad_records_nothing_and_restores_recording():
    w = Tensor([1.0], requires_grad=True)
    with no_grad():
        y = w * 2
        assert not ad.is_grad_enabled()
    assert ad.is_grad_enabled()
    assert not y.requires_grad and y.is_leaf

    @no_grad()
    def evaluate():
        return w * 2

    assert not evaluate().requires_grad


def test_detach_stops_the_gradient():
    x = Tensor(2.0, requires_grad=True)
    (x * x.detach()).backward()
    assert x.grad == pytest.approx(2.0)


def test_leaf_gradients_are_independent_arrays():
    a = Tensor(np.ones(3), requires_grad=True)
    b = Tensor(np.ones(3), requires_grad=True)
    (a + b).sum().backward()  # the rule of + gives the same array to both inputs
    a.grad *= 10  # clipping-style in-place change of one gradient
    np.testing.assert_array_equal(b.grad, np.ones(3))
    assert a.grad.flags.writeable and b.grad.flags.writeable


def test_dtypes_float64_by_default_float32_kept_ints_promoted():
    assert Tensor([1, 2]).dtype == np.float64
    assert Tensor(np.array([1, 2], dtype=np.float32)).dtype == np.float32
    t32 = Tensor(np.ones(2, dtype=np.float32), requires_grad=True)
    out = (t32 * 2.5 + 1).exp().sum()  # Python numbers do not promote float32
    assert out.dtype == np.float32
    out.backward()
    assert t32.grad.dtype == np.float32


def test_tensor_copies_its_data():
    values = np.ones(2)
    t = Tensor(values)
    t.data += 1
    np.testing.assert_array_equal(values, [1.0, 1.0])


def test_complex_or_text_data_is_refused_with_advice():
    with pytest.raises(TypeError, match="complex"):
        Tensor(np.array([1j]))
    with pytest.raises(TypeError, match="real numbers"):
        Tensor(["a"])


def test_matmul_shape_mismatch_names_both_shapes():
    with pytest.raises(ValueError, match=r"\(3, 4\) and \(5, 2\).*\.T"):
        Tensor(np.ones((3, 4))) @ Tensor(np.ones((5, 2)))
    with pytest.raises(ValueError, match=r"\(3,\) and \(4, 2\)"):
        Tensor(np.ones(3)) @ np.ones((4, 2))


def test_reshape_and_axis_errors_explain_the_fix():
    with pytest.raises(ValueError, match="-1"):
        Tensor(np.ones(6)).reshape(4, 2)
    with pytest.raises(np.exceptions.AxisError, match="between -2 and 1"):
        Tensor(np.ones((2, 2))).sum(axis=2)


def test_a_chain_of_ten_thousand_operations_backpropagates():
    x = Tensor(1.0, requires_grad=True)
    y = x
    for _ in range(10_000):
        y = y * 1.0001
    y.backward()  # no recursion: deep graphs are fine
    assert x.grad == pytest.approx(1.0001**10_000)


def test_gradcheck_passes_for_correct_gradients():
    rng = np.random.default_rng(0)
    assert gradcheck(lambda a, b: (a @ b).tanh(), rng.standard_normal((3, 2)), rng.standard_normal(2))


def test_gradcheck_names_the_input_and_element_that_disagree():
    # b * detach(b) has derivative 2b, but the engine only sees the first factor: sum(a) b = 9, not 18
    def wrong(a, b):
        return (a * b * Tensor(b.data)).sum()

    a, b = np.array([1.0, 2.0]), np.array([[3.0], [4.0]])
    with pytest.raises(GradcheckError, match=r"input 1 .*element \(0, 0\): analytic 9, numeric 18"):
        gradcheck(wrong, a, b)
    assert gradcheck(wrong, a, b, raise_exception=False) is False


def test_item_and_repr():
    assert Tensor([[2.5]]).item() == 2.5
    with pytest.raises(ValueError, match="sum"):
        Tensor([1.0, 2.0]).item()
    assert "requires_grad=True" in repr(Tensor([1.0], requires_grad=True))


def test_draw_graph_shows_values_and_gradients_as_valid_svg():
    x = Tensor(2.0, requires_grad=True, name="x")
    y = Tensor(-3.0, requires_grad=True, name="y")
    f = (x * y + x).tanh()
    f.backward()
    drawing = ad.draw_graph(f)
    root = ElementTree.fromstring(drawing.svg)  # well-formed XML
    assert root.tag.endswith("svg")
    texts = [element.text for element in root.iter() if element.tag.endswith("text")]
    assert "x" in texts and "y" in texts and "tanh" in texts
    # df/dx = (1 - tanh^2(xy + x)) (y + 1), df/dy = (1 - tanh^2) x
    local = 1 - np.tanh(2.0 * -3.0 + 2.0) ** 2
    shown = [float(m) for t in texts for m in re.findall(r"grad = (\S+)", t)]
    assert any(np.isclose(v, local * -2.0, rtol=1e-3) for v in shown)
    assert any(np.isclose(v, local * 2.0, rtol=1e-3) for v in shown)
    assert drawing._mime_()[0] == "image/svg+xml"
    assert len(root.findall("{http://www.w3.org/2000/svg}polyline")) == 5  # x->*, y->*, *->+, x->+, +->tanh


def _boxes_and_edges(svg: str):
    root = ElementTree.fromstring(svg)
    namespace = "{http://www.w3.org/2000/svg}"
    boxes = [
        tuple(float(rect.get(key)) for key in ("x", "y", "width", "height")) for rect in root.iter(namespace + "rect")
    ]
    edges = [
        [tuple(map(float, point.split(","))) for point in line.get("points").split()]
        for line in root.iter(namespace + "polyline")
    ]
    return boxes, edges


def _inside(point, box) -> bool:
    x, y, width, height = box
    return x + 1 < point[0] < x + width - 1 and y + 1 < point[1] < y + height - 1


def test_draw_graph_never_hides_an_edge_behind_a_box():
    # x feeds two far-apart nodes and b enters late: the cases where straight edges would run behind boxes.
    x = Tensor(2.0, requires_grad=True, name="x")
    w = Tensor(-3.0, requires_grad=True, name="w")
    b = Tensor(1.0, requires_grad=True, name="b")
    loss = ((x * w + b).tanh() - x) ** 2 + w
    loss.backward()
    boxes, edges = _boxes_and_edges(ad.draw_graph(loss).svg)
    assert len(edges) >= 8  # x->*, w->*, *->+, b->+, +->tanh, tanh->-, x->-, ..., w->+
    for points in edges:
        for start, end in zip(points, points[1:]):
            for step in np.linspace(0, 1, 60):
                point = (start[0] + step * (end[0] - start[0]), start[1] + step * (end[1] - start[1]))
                assert not any(_inside(point, box) for box in boxes), f"edge {points} passes behind a box"


def test_draw_graph_refuses_big_graphs_and_non_tensors():
    x = Tensor(1.0, requires_grad=True)
    y = x
    for _ in range(300):
        y = y + 1.0
    with pytest.raises(ValueError, match="small"):
        ad.draw_graph(y)
    with pytest.raises(TypeError):
        ad.draw_graph(3.0)


def test_numpy_functions_on_tensors_stay_in_the_graph_or_are_refused():
    a = np.array([3.0, 4.0])
    g = grad(lambda w: np.sum(np.exp(w) * a + a / (w + 2.0) - np.sin(w)))(np.zeros(2))
    np.testing.assert_allclose(g, a - a / 4.0 - 1.0)
    x = Tensor([1.0, 2.0], requires_grad=True)
    assert isinstance(np.ones((3, 2)) @ x, Tensor) and (a**x).requires_grad
    with pytest.raises(TypeError, match="np.fmax cannot take a Tensor.*Tensor operations"):
        np.fmax(x, 0)
    assert np.mean(Tensor([1.0, 3.0])).item() == 2.0


def test_zero_dimensional_tensors_keep_arrays():
    x = Tensor(2.0, requires_grad=True)
    y = (x**3).exp().log() * 2.0
    assert type(y.data) is np.ndarray and y.shape == ()
    y.backward()
    assert type(x.grad) is np.ndarray and x.grad.shape == ()
    assert float(x.grad) == pytest.approx(24.0)
    assert type(grad(lambda t: t**3)(np.array(2.0))) is np.ndarray


def test_a_result_computed_outside_the_graph_is_refused_not_silently_zero():
    X = np.ones((3, 2))
    with pytest.raises(TypeError, match="outside the graph"):
        grad(lambda w: float(np.sum(X @ w.data)))(np.zeros(2))
    with pytest.raises(TypeError, match="outside the graph"):
        jacobian(lambda w: X @ w.data)(np.zeros(2))


@pytest.mark.parametrize(
    "shape, target", [((4, 3), (3,)), ((4, 3), (4, 1)), ((2, 4, 3), (1, 3)), ((5,), ()), ((3, 2), (3, 2))]
)
def test_unbroadcast_is_the_adjoint_of_numpy_broadcasting(shape, target):
    # <broadcast(x), g> == <x, unbroadcast(g)> for all x, g: checked on random ones, with np.broadcast_to as reference.
    rng = np.random.default_rng(0)
    g = rng.standard_normal(shape)
    x = rng.standard_normal(target)
    reduced = ad.unbroadcast(g, target)
    assert reduced.shape == target
    np.testing.assert_allclose(np.sum(np.broadcast_to(x, shape) * g), np.sum(x * reduced), rtol=1e-12)


# -- the table of primitives: one entry gives every way in ----------------------------------

NEW_ENTRY = """
    Primitive("log1p", np.log1p, method="log1p", function=True, ufunc="log1p", sympy="log1p",
              vjp=lambda g, a, out: g / (1.0 + a),                    # d(log(1 + a))/da = 1 / (1 + a)
              doc="Element-wise ``log(1 + x)``."),
"""

USE_THE_NEW_ENTRY = """
import numpy as np
import gradiente.autodiff as ad
from gradiente.autodiff import Tensor, gradcheck
from gradiente.autodiff.registry import SYMPY_FUNCTIONS

x = np.array([0.5, 2.0, 3.0])
assert "log1p" in ad.__all__ and ad.log1p is ad.primitives.log1p             # the function and __all__
t = Tensor(x, requires_grad=True)
t.log1p().sum().backward()                                                    # the method and its gradient
np.testing.assert_allclose(t.grad, 1 / (1 + x))
assert gradcheck(lambda s: ad.log1p(s), x)                                    # checked against differences
u = np.log1p(Tensor(x, requires_grad=True))                                   # the NumPy ufunc stays in the graph
assert isinstance(u, Tensor) and u.requires_grad
assert SYMPY_FUNCTIONS["log1p"] is ad.log1p                                   # the SymPy map
assert "log1p" in ad.draw_graph(u.sum()).svg                                  # the graph's label
print("ok")
"""


def test_adding_an_operation_is_one_entry_in_the_table(tmp_path):
    # Copy the package, add one entry to PRIMITIVES and nothing else, and use the new operation
    # every way a user can: method, function, __all__, np.log1p, gradient, SymPy map, drawing.
    import shutil
    import subprocess
    import sys

    import gradiente

    source_root = Path(gradiente.__file__).parent
    package = tmp_path / "gradiente"
    package.mkdir()
    shutil.copy(source_root / "__init__.py", package / "__init__.py")
    shutil.copytree(source_root / "autodiff", package / "autodiff", ignore=shutil.ignore_patterns("__pycache__"))
    table_file = package / "autodiff" / "primitives.py"
    source = table_file.read_text(encoding="utf-8")
    end_of_table = source.index("\n]\n", source.index("PRIMITIVES = ["))
    table_file.write_text(source[:end_of_table] + NEW_ENTRY.rstrip("\n") + source[end_of_table:], encoding="utf-8")

    completed = subprocess.run(
        [sys.executable, "-c", USE_THE_NEW_ENTRY],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"
    assert not hasattr(Tensor, "log1p")  # this process's table is untouched


def test_the_table_makes_todays_names_and_nothing_else():
    from gradiente.autodiff import primitives
    from gradiente.autodiff.registry import SYMPY_FUNCTIONS

    assert primitives.__all__ == [
        "exp",
        "log",
        "sqrt",
        "sin",
        "cos",
        "tanh",
        "sigmoid",
        "relu",
        "abs",
        "maximum",
        "where",
        "clip",
        "softmax",
        "log_softmax",
        "concatenate",
        "stack",
    ]
    assert all(getattr(ad, name) is getattr(primitives, name) for name in primitives.__all__)
    assert {name: f.__name__ for name, f in SYMPY_FUNCTIONS.items()} == {
        **{name: name for name in ("exp", "log", "sqrt", "sin", "cos", "tanh")},
        "Abs": "abs",
    }
    for method in (
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__matmul__",
        "__rmatmul__",
        "__getitem__",
        "exp",
        "log",
        "sqrt",
        "sin",
        "cos",
        "tanh",
        "sigmoid",
        "relu",
        "softmax",
        "log_softmax",
        "sum",
        "mean",
        "max",
        "reshape",
        "transpose",
    ):
        assert callable(getattr(Tensor, method)), method
    assert str(inspect.signature(Tensor.sum)).startswith("(self, axis=None, keepdims")
    assert str(inspect.signature(ad.softmax)) == "(x, axis: 'int' = -1)"


def test_a_method_name_already_taken_is_refused():
    from gradiente.autodiff.registry import Primitive, register

    clash = Primitive("detach_again", np.copy, method="detach", vjp=lambda g, a, out: g)
    with pytest.raises(ValueError, match="already has 'detach'"):
        register(clash, {"__name__": "scratch", "__all__": []})


def test_subtraction_and_division_are_one_node_each():
    # NB: - and / are primitives (not a + (-b), a * b**-1): one box each in draw_graph, as PyTorch
    a, b = Tensor(2.0, requires_grad=True), Tensor(4.0, requires_grad=True)
    for result, label in ((a - b, "-"), (a / b, "/"), (a**2, "**2")):
        assert result._op == label and result._parents in ((a, b), (a,))
