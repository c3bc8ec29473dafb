"""What the lessons' figures share: matplotlib on the Agg backend, log-axis labels, numbers for LaTeX.

Numbers use the decimal point in both languages, as Python prints them (COURSE.md, conventions).
"""

from __future__ import annotations

import base64
import io
import json
import math
import struct

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")

# A slider's redraw is mostly rasterising the figure and compressing the PNG. marimo draws at
# twice the figure's dpi and compresses at zlib's level 6; at 1.5 times and level 1 the image is
# still sharp on a HiDPI screen and a redraw takes about a third less (bench/bench_redraw.py).
RENDER_SCALE = 1.5
PNG_COMPRESSION = 1


def pyplot():
    """``matplotlib.pyplot`` drawing to images (the Agg backend): no window, no GUI toolkit, any thread.

    matplotlib is imported here, not at the kit's import, so what imports the kit stays light.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.artist import Artist

    # marimo shows any object with a _mime_ method by calling it; it gives matplotlib's Artist one
    # when matplotlib is imported, and this replaces it with the faster rendering below.
    Artist._mime_ = _figure_mimebundle
    _share_text_metrics()
    return plt


def _share_text_metrics() -> None:
    """Measure each text once per dpi for all figures, not once per figure.

    matplotlib caches the size of a text (a tick label, a title) per renderer, and every new figure
    gets a new renderer, so each redraw measured every text again (about a tenth of a redraw). On
    Agg the size depends only on the text, its font, mathtext or not, and the dpi: those are the key
    here. tests/course/test_notebook_kit.py checks the pixels are matplotlib's own.
    """
    import functools

    import matplotlib.text
    from matplotlib.backends.backend_agg import RendererAgg

    per_renderer = matplotlib.text._get_text_metrics_function
    if getattr(per_renderer, "shared", False):
        return
    renderer_at = functools.lru_cache(8)(lambda dpi: RendererAgg(1, 1, dpi))

    @functools.lru_cache(16384)
    def agg_text_metrics(text, fontprop, ismath, dpi):
        return renderer_at(dpi).get_text_width_height_descent(text, fontprop, ismath)

    def text_metrics_function(renderer):
        return agg_text_metrics if type(renderer) is RendererAgg else per_renderer(renderer)

    text_metrics_function.shared = True
    matplotlib.text._get_text_metrics_function = text_metrics_function


def _figure_mimebundle(artist) -> tuple[str, str]:
    """The artist's figure as marimo's image bundle: a PNG, shown at the figure's size at 100 dpi."""
    figure = artist.figure
    dpi = figure.dpi * RENDER_SCALE
    png = tight_png(figure, dpi)
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk, right after the signature
    shown = 100 / dpi  # marimo's convention: 100 dpi is one CSS pixel per pixel
    bundle = {
        "image/png": "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
        "__metadata__": {"image/png": {"width": round(width * shown), "height": round(height * shown)}},
    }
    return "application/vnd.marimo+mimebundle", json.dumps(bundle)


def tight_png(figure, dpi: float) -> bytes:
    """``figure`` as a PNG cropped to what it draws, as ``savefig(bbox_inches="tight")`` makes it,
    drawn once instead of twice.

    savefig draws the whole figure to find its tight box, then draws it again in a canvas of that
    box's size: a third of a redraw. Here the figure is drawn once at its own size, the tight box
    is read off that drawing, and the image is cut to it (the margin beyond the figure, where the
    box plus its padding overhangs, is the figure's background colour). The content lands up to a
    pixel from where savefig puts it, at the same size. Where something drawn reaches more than a
    pixel past the figure's edge (an x label below it, say), only savefig can show it: then savefig
    draws it, in the box already found, so that costs what "tight" did.
    """
    import matplotlib
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    own_dpi = figure.dpi
    figure.dpi = dpi
    try:
        canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
        canvas.draw()
        renderer = canvas.get_renderer()
        drawn = figure.get_tightbbox(renderer)  # inches
        pixels = np.asarray(renderer.buffer_rgba())
        height, width = pixels.shape[:2]
        box = drawn.padded(matplotlib.rcParams["savefig.pad_inches"])
        overhang = max(-drawn.x0 * dpi, -drawn.y0 * dpi, drawn.x1 * dpi - width, drawn.y1 * dpi - height)
        if overhang > 1:  # a pixel's fraction cut off shows as nothing; more, and savefig must draw it
            # with the box given, savefig draws once, as the second draw of "tight" would
            buffer = io.BytesIO()
            figure.savefig(
                buffer, format="png", dpi=dpi, bbox_inches=box, pil_kwargs={"compress_level": PNG_COMPRESSION}
            )
            return buffer.getvalue()
        left, top = round(box.x0 * dpi), round(height - box.y1 * dpi)
        image = np.empty((int(box.height * dpi), int(box.width * dpi), 4), np.uint8)
        image[:] = np.round(np.array(matplotlib.colors.to_rgba(figure.get_facecolor())) * 255)
        rows = slice(max(top, 0), min(top + image.shape[0], height))
        columns = slice(max(left, 0), min(left + image.shape[1], width))
        image[rows.start - top : rows.stop - top, columns.start - left : columns.stop - left] = pixels[rows, columns]
    finally:
        figure.dpi = own_dpi
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="png", compress_level=PNG_COMPRESSION)
    return buffer.getvalue()


def power_of_ten(value: float) -> str:
    """A log-axis tick as plain text: 1e-08 -> "10⁻⁸"."""
    return "10" + str(int(round(math.log10(value)))).translate(_SUPERSCRIPT)


def powers_of_ten():
    """A tick formatter for log axes that writes 10⁻⁸ as plain text (one per axis: formatters keep their axis).

    NOTE: matplotlib's default labels are mathtext, which costs more time to draw than everything
    else in the lessons' small figures. Pair it with ``ax.minorticks_off()``.
    """
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _position: power_of_ten(value))


def place_xlabels(figure, axes) -> None:
    """Put each axes' x label where matplotlib would, without measuring every tick label to find it.

    matplotlib places an x label below the tallest tick label, which it measures again on every
    draw; a redrawn figure pays that each time. The spot is known: below the tick mark, its pad,
    a line of 10-point tick labels (the lessons' size) and the label's own pad.
    """
    import matplotlib
    from matplotlib.transforms import offset_copy

    rc = matplotlib.rcParams
    drop = rc["xtick.major.size"] + rc["xtick.major.pad"] + 10 + rc["axes.labelpad"]
    for ax in axes:
        ax.xaxis.set_label_coords(0.5, 0, transform=offset_copy(ax.transAxes, figure, y=-drop, units="points"))


def tex_number(value: float, digits: int = 3) -> str:
    """A number for LaTeX: 0.00944 stays as is, 1.4e-09 becomes 1.4 \\times 10^{-9}."""
    if value == 0 or 1e-3 <= abs(value) < 1e3:
        return f"{value:.{digits}g}"
    exponent = math.floor(math.log10(abs(value)))
    return f"{value / 10**exponent:.{digits - 1}g} \\times 10^{{{exponent}}}"
