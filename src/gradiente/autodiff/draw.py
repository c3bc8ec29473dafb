"""Draw a small computational graph as SVG text: forward values and backward gradients per node.

Lesson: 2.4 `chain-rule-graphs`. The SVG is written here by
hand (no Graphviz or other system program), so a marimo cell can show it directly.
"""

from __future__ import annotations

from html import escape

import numpy as np

from .tensor import Tensor

__all__ = ["draw_graph", "GraphDrawing"]

_BOX_WIDTH, _BOX_HEIGHT = 170, 62
_GAP_X, _GAP_Y, _MARGIN = 60, 22, 16
_MAX_NODES = 200


class GraphDrawing:
    """SVG text of a graph; shown as a picture by marimo and Jupyter, or saved with :meth:`save`."""

    def __init__(self, svg: str):
        self.svg = svg

    def _repr_svg_(self) -> str:  # Jupyter
        return self.svg

    def _mime_(self) -> tuple:  # marimo
        return ("image/svg+xml", self.svg)

    def __str__(self) -> str:
        return self.svg

    def save(self, path) -> None:
        """Write the SVG to ``path`` (e.g. ``"graph.svg"``)."""
        with open(path, "w", encoding="utf-8") as file:
            file.write(self.svg)


def _format(values: np.ndarray | None) -> str:
    if values is None:
        return "None"
    if values.size == 1:
        return f"{float(values.reshape(())):.4g}"
    if values.size <= 3:
        return "[" + ", ".join(f"{v:.3g}" for v in values.ravel()) + "]"
    return f"array of shape {values.shape}"


def _collect(root: Tensor) -> list:
    """Every node reachable from ``root``, inputs before the nodes that use them."""
    order, visited = [], set()
    stack = [(root, False)]
    while stack:
        node, inputs_done = stack.pop()
        if inputs_done:
            order.append(node)
            continue
        if id(node) in visited:
            continue
        visited.add(id(node))
        stack.append((node, True))
        stack.extend((parent, False) for parent in node._parents if id(parent) not in visited)
    return order


def _layout(nodes: list) -> list[list]:
    """Columns of nodes, inputs on the left, the output alone on the right.

    A node sits one column left of its leftmost consumer (its distance from the output),
    so an input used late, like ``b`` in ``x * w + b``, stands next to the ``+`` it feeds
    instead of behind ``*``, where its edge would cross the other boxes. Rows follow the
    consumers' rows, then the operand order, which keeps edges short and uncrossed.
    """
    consumers: dict[int, list] = {id(node): [] for node in nodes}
    for node in nodes:
        for operand_index, parent in enumerate(node._parents):
            consumers[id(parent)].append((node, operand_index))
    distance = {}
    for node in reversed(nodes):  # consumers before their inputs
        distance[id(node)] = 1 + max((distance[id(user)] for user, _ in consumers[id(node)]), default=-1)
    depth = max(distance.values())
    columns: list[list] = [[] for _ in range(depth + 1)]
    for node in nodes:
        columns[depth - distance[id(node)]].append(node)
    row: dict[int, float] = {}
    for members in reversed(columns):  # right to left: every consumer already has its row
        members.sort(
            key=lambda node: min(
                ((row[id(user)], operand_index) for user, operand_index in consumers[id(node)]), default=(0.0, 0)
            )
        )
        for index, node in enumerate(members):
            row[id(node)] = index
    return columns


def draw_graph(root: Tensor, show_grad: bool = True) -> GraphDrawing:
    """Draw the graph that computed ``root``, left (inputs) to right (output).

    Each box shows the operation (or the tensor's ``name``), its forward value and, after
    ``root.backward()``, its gradient ``dL/d(node)``. Only operations recorded for a
    backward pass appear, so give the inputs ``requires_grad=True``.

    Parameters
    ----------
    root : Tensor
        The output, usually the loss.
    show_grad : bool, default True
        Write each node's gradient under its value.

    Returns
    -------
    GraphDrawing
        ``.svg`` is the SVG text; marimo and Jupyter display it as a picture.

    Examples
    --------
    >>> x = Tensor(2.0, requires_grad=True, name="x")
    >>> y = Tensor(3.0, requires_grad=True, name="y")
    >>> f = x * y + x
    >>> f.backward()
    >>> "grad = 4" in draw_graph(f).svg   # df/dx = y + 1
    True
    """
    if not isinstance(root, Tensor):
        raise TypeError(f"draw_graph needs the Tensor at the end of a computation; got {type(root).__name__}.")
    nodes = _collect(root)
    if len(nodes) > _MAX_NODES:
        raise ValueError(
            f"draw_graph is meant for small expressions; this graph has {len(nodes)} nodes "
            f"(limit {_MAX_NODES}). Draw a smaller piece, e.g. one layer on one sample."
        )
    columns = _layout(nodes)
    position = {}
    for column, members in enumerate(columns):
        for row, node in enumerate(members):
            position[id(node)] = (
                _MARGIN + column * (_BOX_WIDTH + _GAP_X),
                _MARGIN + row * (_BOX_HEIGHT + _GAP_Y),
            )
    column_of = {id(node): index for index, members in enumerate(columns) for node in members}
    boxes_bottom = _MARGIN + max(len(m) for m in columns) * (_BOX_HEIGHT + _GAP_Y) - _GAP_Y
    edges, lanes = [], 0
    for node in nodes:
        x_end, y_end = position[id(node)]
        y_end += _BOX_HEIGHT / 2
        for parent in node._parents:
            x_start, y_start = position[id(parent)]
            x_start, y_start = x_start + _BOX_WIDTH, y_start + _BOX_HEIGHT / 2
            if column_of[id(node)] - column_of[id(parent)] == 1:
                edges.append(f"{x_start},{y_start} {x_end},{y_end}")
            else:
                # An edge that skips columns would run behind the boxes between: route it through
                # the gaps and a lane of its own below every box.
                lanes += 1
                lane_y = boxes_bottom + 12 * lanes
                shift = 8 + 7 * ((lanes - 1) % 5)  # staggered, so two lanes never share a vertical
                x_out, x_in = x_start + shift, x_end - shift
                edges.append(
                    f"{x_start},{y_start} {x_out},{y_start} {x_out},{lane_y} "
                    f"{x_in},{lane_y} {x_in},{y_end} {x_end},{y_end}"
                )
    width = 2 * _MARGIN + len(columns) * (_BOX_WIDTH + _GAP_X) - _GAP_X
    height = boxes_bottom + 12 * lanes + _MARGIN

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    ]
    for edge in edges:  # edges first, so boxes are drawn over them
        parts.append(
            f'<polyline points="{edge}" fill="none" stroke="#555" stroke-width="1.2" marker-end="url(#arrow)"/>'
        )
    for node in nodes:
        x, y = position[id(node)]
        if node._parents:
            title = f"{node._op}" + (f"  ({node.name})" if node.name else "")
            fill = "#fff4d6" if node is not root else "#ffd9cc"
        else:
            title = node.name or ("input" if node.requires_grad else "constant")
            fill = "#dcecff" if node.requires_grad else "#eeeeee"
        lines = [title, f"value = {_format(node.data)}"]
        if show_grad and node.requires_grad:
            lines.append(f"grad = {_format(node.grad)}")
        parts.append(
            f'<rect x="{x}" y="{y}" width="{_BOX_WIDTH}" height="{_BOX_HEIGHT}" rx="8" fill="{fill}" stroke="#333"/>'
        )
        for i, text in enumerate(lines):
            weight = ' font-weight="bold"' if i == 0 else ""
            parts.append(
                f'<text x="{x + _BOX_WIDTH / 2}" y="{y + 18 + 17 * i}" text-anchor="middle"{weight}>'
                f"{escape(text)}</text>"
            )
    parts.append("</svg>")
    return GraphDrawing("\n".join(parts))
