"""Every autodiff operation: gradient against central differences on generated shapes
(broadcasting included), and against PyTorch where it is installed."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from gradiente import autodiff as ad
from gradiente.autodiff import Tensor, gradcheck

# -- an independent numerical twin (does not use gradiente's gradcheck) -----------------------


def central_difference_grads(f, *inputs, eps=1e-6):
    """d sum(v * f(inputs)) / d inputs by central differences, with a fixed random v."""
    inputs = [np.array(x, dtype=np.float64) for x in inputs]
    out_shape = f(*[Tensor(x) for x in inputs]).shape
    v = np.random.default_rng(1).standard_normal(out_shape)

    def s(values):
        return float(np.sum(v * f(*[Tensor(x) for x in values]).data))

    grads = []
    for x in inputs:
        g = np.zeros_like(x)
        flat, gflat = x.reshape(-1), g.reshape(-1)
        for j in range(flat.size):
            original = flat[j]
            flat[j] = original + eps
            plus = s(inputs)
            flat[j] = original - eps
            minus = s(inputs)
            flat[j] = original
            gflat[j] = (plus - minus) / (2 * eps)
        grads.append(g)
    return v, grads


def autodiff_grads(f, v, *inputs):
    tensors = [Tensor(x, requires_grad=True) for x in inputs]
    out = f(*tensors)
    out.backward(v)
    return [t.grad for t in tensors]


def assert_matches_differences(f, *inputs, rtol=1e-5, atol=1e-7):
    v, numeric = central_difference_grads(f, *inputs)
    analytic = autodiff_grads(f, v, *inputs)
    for k, (a, n) in enumerate(zip(analytic, numeric)):
        assert a.shape == np.shape(inputs[k])
        np.testing.assert_allclose(a, n, rtol=rtol, atol=atol, err_msg=f"input {k}")


# -- strategies -----------------------------------------------------------------------------

finite = st.floats(-2.0, 2.0, allow_nan=False, allow_subnormal=False)
positive = st.floats(0.2, 3.0, allow_nan=False)
away_from_zero = st.one_of(st.floats(-3.0, -0.2), st.floats(0.2, 3.0))


def arrays_of(shape, elements=finite):
    return hnp.arrays(np.float64, shape, elements=elements)


@st.composite
def broadcast_pair(draw, left=finite, right=finite):
    shapes = draw(hnp.mutually_broadcastable_shapes(num_shapes=2, min_dims=0, max_dims=3, max_side=3))
    a = draw(arrays_of(shapes.input_shapes[0], left))
    b = draw(arrays_of(shapes.input_shapes[1], right))
    return a, b


small_shapes = hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4)


# -- binary operations with broadcasting ----------------------------------------------------

BINARY = {
    "add": (lambda a, b: a + b, finite, finite),
    "sub": (lambda a, b: a - b, finite, finite),
    "mul": (lambda a, b: a * b, finite, finite),
    "div": (lambda a, b: a / b, finite, away_from_zero),
    "pow": (lambda a, b: a**b, positive, finite),
}


@pytest.mark.parametrize("name", sorted(BINARY))
@settings(max_examples=40)
@given(data=st.data())
def test_binary_op_gradient_matches_central_differences_with_broadcasting(name, data):
    op, left, right = BINARY[name]
    a, b = data.draw(broadcast_pair(left, right))
    assert_matches_differences(op, a, b)


@pytest.mark.parametrize("name", ["radd", "rsub", "rmul", "rdiv", "rpow", "pow_scalar", "neg"])
@given(x=hnp.arrays(np.float64, small_shapes, elements=positive))
@settings(max_examples=25)
def test_operations_with_a_number_on_either_side(name, x):
    op = {
        "radd": lambda t: 2.5 + t,
        "rsub": lambda t: 2.5 - t,
        "rmul": lambda t: 2.5 * t,
        "rdiv": lambda t: 2.5 / t,
        "rpow": lambda t: 1.7**t,
        "pow_scalar": lambda t: t**2.5,
        "neg": lambda t: -t,
    }[name]
    assert_matches_differences(op, x)


@given(pair=broadcast_pair())
@settings(max_examples=30)
def test_ndarray_on_the_left_stays_in_the_graph(pair):
    a, b = pair
    # NOTE: ndarray * Tensor must call Tensor.__rmul__ (not NumPy's object loop)
    out = a * Tensor(b, requires_grad=True)
    assert isinstance(out, Tensor) and out.requires_grad
    assert_matches_differences(lambda t: a * t + a - t, b)


# -- unary element-wise functions ---------------------------------------------------------

UNARY = {
    "exp": (lambda t: t.exp(), finite),
    "log": (lambda t: t.log(), positive),
    "sqrt": (lambda t: t.sqrt(), positive),
    "tanh": (lambda t: t.tanh(), finite),
    "sigmoid": (lambda t: t.sigmoid(), finite),
    "relu": (lambda t: t.relu(), away_from_zero),
    "sin": (lambda t: t.sin(), finite),
    "cos": (lambda t: t.cos(), finite),
    "module_functions": (lambda t: ad.tanh(ad.exp(t)) + ad.sigmoid(t) * ad.relu(t), away_from_zero),
}


@pytest.mark.parametrize("name", sorted(UNARY))
@settings(max_examples=30)
@given(data=st.data())
def test_unary_function_gradient_matches_central_differences(name, data):
    op, elements = UNARY[name]
    x = data.draw(hnp.arrays(np.float64, small_shapes, elements=elements))
    assert_matches_differences(op, x)


@settings(max_examples=30)
@given(data=st.data())
def test_softmax_and_log_softmax_along_any_axis(data):
    x = data.draw(hnp.arrays(np.float64, small_shapes, elements=finite))
    axis = data.draw(st.integers(-x.ndim, x.ndim - 1))
    assert_matches_differences(lambda t: t.softmax(axis), x)
    assert_matches_differences(lambda t: ad.log_softmax(t, axis), x)
    np.testing.assert_allclose(Tensor(x).softmax(axis).data.sum(axis=axis), 1.0)


# -- reductions ---------------------------------------------------------------------------


@st.composite
def array_and_axis(draw, elements=finite, unique=False):
    x = draw(hnp.arrays(np.float64, small_shapes, elements=elements, unique=unique))
    axis = draw(
        st.one_of(
            st.none(),
            st.integers(-x.ndim, x.ndim - 1),
            st.lists(st.integers(0, x.ndim - 1), min_size=1, max_size=x.ndim, unique=True).map(tuple),
        )
    )
    keepdims = draw(st.booleans())
    return x, axis, keepdims


@pytest.mark.parametrize("reduction", ["sum", "mean", "max"])
@settings(max_examples=40)
@given(data=st.data())
def test_reduction_gradient_with_axis_and_keepdims(reduction, data):
    # max has no derivative where two elements tie: give it well separated values
    separated = st.integers(-40, 40).map(lambda i: i / 10)
    x, axis, keepdims = data.draw(array_and_axis(separated, unique=True) if reduction == "max" else array_and_axis())
    op = lambda t: getattr(t, reduction)(axis=axis, keepdims=keepdims)  # noqa: E731
    expected = getattr(np, reduction)(x, axis=axis, keepdims=keepdims)
    np.testing.assert_allclose(op(Tensor(x)).data, expected)
    assert_matches_differences(op, x)


def test_max_splits_the_gradient_between_ties_as_torch_amax():
    x = Tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
    x.max().backward()
    np.testing.assert_array_equal(x.grad, [0.0, 0.5, 0.5, 0.0])


# -- movement -----------------------------------------------------------------------------


@settings(max_examples=30)
@given(data=st.data())
def test_reshape_and_transpose(data):
    x = data.draw(hnp.arrays(np.float64, small_shapes, elements=finite))
    axes = tuple(data.draw(st.permutations(range(x.ndim))))
    assert_matches_differences(lambda t: t.reshape(-1) * np.arange(x.size), x)
    assert_matches_differences(lambda t: t.transpose(axes), x)
    assert_matches_differences(lambda t: t.T, x)
    np.testing.assert_array_equal(Tensor(x).transpose(axes).data, np.transpose(x, axes))


@settings(max_examples=30)
@given(data=st.data())
def test_indexing_basic_and_with_repeated_integers(data):
    x = data.draw(
        hnp.arrays(np.float64, hnp.array_shapes(min_dims=2, max_dims=3, min_side=2, max_side=4), elements=finite)
    )
    basic = data.draw(hnp.basic_indices(x.shape, allow_newaxis=True))
    assert_matches_differences(lambda t: t[basic], x)
    picks = data.draw(st.lists(st.integers(0, x.shape[0] - 1), min_size=1, max_size=6))
    index = np.array(picks)  # repeats allowed: their gradients must add up
    assert_matches_differences(lambda t: t[index], x)
    rows = np.arange(x.shape[0])
    columns = np.array(data.draw(st.lists(st.integers(0, x.shape[1] - 1), min_size=x.shape[0], max_size=x.shape[0])))
    assert_matches_differences(lambda t: t[rows, columns], x)
    mask = x > 0
    assert_matches_differences(lambda t: t[mask] * 3.0, x)


@settings(max_examples=30)
@given(data=st.data())
def test_concatenate_and_stack(data):
    shape = data.draw(small_shapes)
    axis = data.draw(st.integers(0, len(shape) - 1))
    other_shape = shape[:axis] + (data.draw(st.integers(1, 3)),) + shape[axis + 1 :]
    a = data.draw(arrays_of(shape))
    b = data.draw(arrays_of(other_shape))
    assert_matches_differences(lambda s, t: ad.concatenate([s, t * 2.0], axis=axis), a, b)
    np.testing.assert_array_equal(ad.concatenate([a, b], axis=axis).data, np.concatenate([a, b], axis=axis))
    c = data.draw(arrays_of(shape))
    stack_axis = data.draw(st.integers(-len(shape) - 1, len(shape)))
    assert_matches_differences(lambda s, t: ad.stack([s, t], axis=stack_axis), a, c)
    np.testing.assert_array_equal(ad.stack([a, c], axis=stack_axis).data, np.stack([a, c], axis=stack_axis))


# -- matrix product -----------------------------------------------------------------------

MATMUL_SHAPES = [
    ((3, 4), (4, 2)),
    ((4,), (4, 2)),
    ((3, 4), (4,)),
    ((4,), (4,)),
    ((2, 3, 4), (4, 5)),
    ((3, 4), (2, 4, 5)),
    ((2, 1, 3, 4), (5, 4, 2)),
    ((4,), (2, 4, 3)),
    ((2, 3, 4), (4,)),
    ((1, 4), (4, 1)),
]


@pytest.mark.parametrize("shape_a, shape_b", MATMUL_SHAPES)
def test_matmul_gradient_for_vectors_matrices_and_batches(shape_a, shape_b):
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal(shape_a), rng.standard_normal(shape_b)
    np.testing.assert_allclose((Tensor(a) @ Tensor(b)).data, a @ b)
    assert_matches_differences(lambda s, t: s @ t, a, b)
    assert_matches_differences(lambda t: a @ t, b)  # ndarray @ Tensor uses __rmatmul__


def test_gradcheck_agrees_on_a_small_network_with_losses():
    rng = np.random.default_rng(0)
    X, y = rng.standard_normal((6, 4)), rng.integers(0, 3, 6)
    W1, b1, W2 = rng.standard_normal((4, 5)), rng.standard_normal(5), rng.standard_normal((5, 3))
    assert gradcheck(lambda W1, b1, W2: ad.cross_entropy((X @ W1 + b1).tanh() @ W2, y), W1, b1, W2)
    assert gradcheck(lambda W1, b1: ad.mse_loss((X @ W1 + b1).sigmoid().sum(axis=1), y * 1.0), W1, b1)


def test_cross_entropy_equals_its_definition_from_primitives():
    rng = np.random.default_rng(3)
    z, y = rng.standard_normal((7, 4)), rng.integers(0, 4, 7)
    fused = ad.cross_entropy(Tensor(z), y).item()
    composed = -(Tensor(z).log_softmax(axis=1)[np.arange(7), y]).mean().item()
    assert fused == pytest.approx(composed, rel=1e-12)
    assert_matches_differences(lambda t: ad.cross_entropy(t, y), z)


# -- PyTorch as a reference ---------------------------------------------------------------


def torch_cases():
    rng = np.random.default_rng(42)
    A = rng.standard_normal((5, 3))
    B = rng.standard_normal((3, 4))
    row = rng.standard_normal(4)
    column = rng.standard_normal((5, 1))
    positive_matrix = rng.uniform(0.5, 2.0, (5, 4))
    labels = rng.integers(0, 4, 5)
    targets = rng.standard_normal(5)
    return {
        "linear layer with broadcast bias": (lambda m, A, B, row: (A @ B + row).tanh().sum(), [A, B, row]),
        "mul div pow broadcasting": (
            lambda m, P, row, column: ((P * row) / (column**2 + 1.0) - P**1.5).mean(),
            [positive_matrix, row, column],
        ),
        "tensor power": (lambda m, P, row: (P**row).sum(), [positive_matrix, row]),
        "exp log sqrt sigmoid relu": (
            lambda m, P, row: (m.exp(P * 0.3) + m.log(P) * m.sqrt(P) + m.sigmoid(P - row) + m.relu(P - 1.0)).sum(),
            [positive_matrix, row],
        ),
        "softmax and log_softmax": (lambda m, A, B: (m.softmax(A @ B, 1) * m.log_softmax(A @ B, 0)).sum(), [A, B]),
        "max with axis, keepdims, indexing, transpose, reshape": (
            lambda m, P: (m.amax(P, 1, True) * P).T.reshape(-1)[3:17].sum() + m.amax(P, 0, False).sum(),
            [positive_matrix + np.arange(20).reshape(5, 4) * 0.01],
        ),
        "concatenate": (lambda m, A, P: (m.cat([A, P], 1) ** 2).sum(), [A, positive_matrix]),
        "cross entropy": (lambda m, A, B: m.cross_entropy(A @ B, labels), [A, B]),
        "done when: grad of a squared error": (
            lambda m, w: ((m.constant(A) @ w - m.constant(targets)) ** 2).mean(),
            [rng.standard_normal(3)],
        ),
    }


class GradienteOps:
    exp, log, sqrt, sigmoid, relu = ad.exp, ad.log, ad.sqrt, ad.sigmoid, ad.relu

    @staticmethod
    def softmax(t, axis):
        return ad.softmax(t, axis)

    @staticmethod
    def log_softmax(t, axis):
        return ad.log_softmax(t, axis)

    @staticmethod
    def amax(t, axis, keepdims):
        return t.max(axis=axis, keepdims=keepdims)

    @staticmethod
    def cat(ts, axis):
        return ad.concatenate(ts, axis)

    @staticmethod
    def cross_entropy(z, y):
        return ad.cross_entropy(z, y)

    @staticmethod
    def constant(x):
        return x


def torch_ops():
    torch = pytest.importorskip("torch")
    F = torch.nn.functional

    class TorchOps:
        exp, log, sqrt, sigmoid, relu = torch.exp, torch.log, torch.sqrt, torch.sigmoid, torch.relu

        @staticmethod
        def softmax(t, axis):
            return torch.softmax(t, axis)

        @staticmethod
        def log_softmax(t, axis):
            return torch.log_softmax(t, axis)

        @staticmethod
        def amax(t, axis, keepdims):
            return torch.amax(t, dim=axis, keepdim=keepdims)

        @staticmethod
        def cat(ts, axis):
            return torch.cat(ts, axis)

        @staticmethod
        def cross_entropy(z, y):
            return F.cross_entropy(z, torch.from_numpy(y))

        @staticmethod
        def constant(x):
            return torch.from_numpy(x)

    return torch, TorchOps


@pytest.mark.parametrize("case", sorted(torch_cases()))
def test_values_and_gradients_match_pytorch(case):
    torch, TorchOps = torch_ops()
    f, inputs = torch_cases()[case]
    ours = [Tensor(x, requires_grad=True) for x in inputs]
    theirs = [torch.tensor(x, dtype=torch.float64, requires_grad=True) for x in inputs]
    out, out_torch = f(GradienteOps, *ours), f(TorchOps, *theirs)
    out.backward()
    out_torch.backward()
    np.testing.assert_allclose(out.data, out_torch.detach().numpy(), rtol=1e-12, atol=1e-12)
    for k, (a, b) in enumerate(zip(ours, theirs)):
        np.testing.assert_allclose(a.grad, b.grad.numpy(), rtol=1e-10, atol=1e-12, err_msg=f"input {k}")


@settings(max_examples=25)
@given(pair=broadcast_pair(positive, finite))
def test_broadcast_binary_ops_match_pytorch(pair):
    torch, _ = torch_ops()
    a, b = pair
    ours = [Tensor(a, requires_grad=True), Tensor(b, requires_grad=True)]
    theirs = [torch.tensor(a, requires_grad=True), torch.tensor(b, requires_grad=True)]

    def expression(x, y):
        return ((x + y) * (x - y) / (y * y + 1.0) + x**y).sum()

    expression(*ours).backward()
    expression(*theirs).backward()
    for a_ours, a_theirs in zip(ours, theirs):
        np.testing.assert_allclose(a_ours.grad, a_theirs.grad.numpy(), rtol=1e-10, atol=1e-12)


def test_float32_is_kept_and_agrees_with_pytorch_float32():
    torch, _ = torch_ops()
    rng = np.random.default_rng(0)
    X = rng.standard_normal((8, 5)).astype(np.float32)
    W = rng.standard_normal((5, 3)).astype(np.float32)
    y = rng.integers(0, 3, 8)
    w = Tensor(W, requires_grad=True)
    loss = ad.cross_entropy((X @ w).relu() * 2.0 + 1, y)
    loss.backward()
    assert w.data.dtype == np.float32 and loss.dtype == np.float32 and w.grad.dtype == np.float32
    w_t = torch.tensor(W, requires_grad=True)
    loss_t = torch.nn.functional.cross_entropy(torch.relu(torch.from_numpy(X) @ w_t) * 2.0 + 1, torch.from_numpy(y))
    loss_t.backward()
    np.testing.assert_allclose(loss.data, loss_t.item(), rtol=1e-6)
    np.testing.assert_allclose(w.grad, w_t.grad.numpy(), rtol=1e-5, atol=1e-6)


# -- every entry of the table of primitives has its numerical twin ----------------------------

# Primitives with parameters (axis, shape, index, a list of inputs) are checked by the tests
# above, each with its own inputs; a new one must be added here and get its own test.
CHECKED_ABOVE = {"softmax", "log_softmax", "sum", "mean", "max", "reshape", "transpose", "index", "concatenate"}
# The non-smooth ones with parameters or three inputs: tests/library/test_autodiff_nonsmooth.py.
CHECKED_ELSEWHERE = {"clip", "where"}


@pytest.mark.parametrize("primitive", ad.primitives.PRIMITIVES, ids=lambda p: p.name)
def test_every_primitive_in_the_table_matches_central_differences(primitive):
    # Points in (0.2, 0.9) are inside the domain of every element-wise rule (log, sqrt, ...) and
    # away from relu's kink; (2, 3) against (3,) also checks the broadcasting of binary ones.
    rng = np.random.default_rng(0)
    if primitive.arguments is not None or primitive.variadic or len(primitive.vjps) > 2:
        assert primitive.name in CHECKED_ABOVE | CHECKED_ELSEWHERE, f"{primitive.name}: add a test of its gradient"
        return
    method = getattr(Tensor, primitive.method)
    if len(primitive.vjps) == 1:
        assert_matches_differences(method, rng.uniform(0.2, 0.9, (2, 3)))
    else:
        assert_matches_differences(method, rng.uniform(0.2, 0.9, (2, 3)), rng.uniform(0.2, 0.9, 3))
        if primitive.reverse:
            reflected, left = getattr(Tensor, primitive.reverse), rng.uniform(0.2, 0.9, (2, 3))
            assert_matches_differences(lambda b: reflected(b, left), rng.uniform(0.2, 0.9, 3))  # ndarray OP b
    if primitive.number_form is not None:
        assert_matches_differences(lambda t: method(t, 2.5), rng.uniform(0.2, 0.9, (2, 3)))
