"""Writes one view of the foot as an SVG in the layers the app expects.

  <defs>                 clip paths the shading needs
  #base                  skin, shadow: always shown, never a structure
  #layer-bones … #layer-nerves
                         one element per structure, class "structure",
                         with an id that names it in every view
  #regions               one invisible shape per region, class "region"
  #anchors               "anchor-ID" for every region and structure (where
                         a label's leader line ends, inside the shape) and
                         "label-ID" for regions (where a label may sit)
"""

import math
import os

from geometry import interior_point, line, path, point_along, ribbon, sample, spline

LAYERS = ["bones", "muscles", "arteries", "veins", "nerves"]

# Colours of teaching illustration, in GNOME's palette where it has them:
# bone ivory, muscle a muted red, tendon and fascia silvery white, arteries
# red, veins blue, nerves yellow. Every light fill has a darker edge, so a
# view reads on a light window and on a dark one.
SKIN = "#f4d7c3"
SKIN_SHADE = "#e9c0a6"
SKIN_DEEP = "#dcab8f"
SKIN_LINE = "#9b6b52"
NAIL = "#fbeee4"
BONE = "#f7f1e1"
BONE_SHADE = "#e3d5b6"
BONE_LINE = "#86704f"
MUSCLE = "#c8675c"
MUSCLE_SHADE = "#b4544a"
MUSCLE_FIBRE = "#9e463e"
MUSCLE_LINE = "#7d342d"
TENDON = "#f1f0ec"
TENDON_LINE = "#8e8d89"
BAND = "#ffffff"
BAND_LINE = "#77767b"
ARTERY = "#e01b24"
ARTERY_LINE = "#7c0f15"
VEIN = "#3584e4"
VEIN_LINE = "#163f78"
NERVE = "#f6d32d"
NERVE_LINE = "#8a6a00"

# How far the lit face of a bone or muscle is moved toward the light (up
# and to the left), uncovering a shaded rim on the far side.
LIGHT = (-2.2, -2.6)


def _f(value):
    return f"{value:.1f}"


class Drawing:
    def __init__(self, name, title, description):
        self.name = name
        self.title = title
        self.description = description
        self.defs = []
        self.base = []
        self.layers = {layer: [] for layer in LAYERS}
        self.regions = []
        self.anchors = {}
        self.labels = {}
        self.ids = set()
        self.shapes = {}

    # Bookkeeping

    def _claim(self, element_id):
        if element_id in self.ids:
            raise ValueError(f"{self.name}: id {element_id} is used twice")
        self.ids.add(element_id)

    def anchor(self, element_id, point):
        self.anchors[element_id] = point

    def _clip(self, element_id, d):
        clip_id = f"clip-{element_id}"
        self._claim(clip_id)
        self.defs.append(f'    <clipPath id="{clip_id}"><path d="{d}"/></clipPath>')
        return clip_id

    # Structures

    def group(self, layer, element_id, lines, anchor, attributes=""):
        """A structure made of several shapes, as one <g>."""
        self._claim(element_id)
        self.layers[layer].append(f'    <g id="{element_id}" class="structure"{attributes}>')
        self.layers[layer] += ["  " + line for line in lines]
        self.layers[layer].append("    </g>")
        self.anchor(element_id, anchor)

    def solid(self, element_id, points, fill, shade, edge, width, tension=1.0, anchor=None,
              parts=(), avoid=(), cut=False):
        """A bone or muscle: a lit face over a shaded rim, and an outline.

        parts are sub-structures drawn inside it, as (lines) already made.
        cut makes the edge from the last point back to the first straight,
        as where a leg is cut off. Returns the lines, the anchor and the clip.
        """
        segments = outline(points, tension, cut)
        d = path(segments)
        polygon = sample(segments, 6)
        self.shapes[element_id] = polygon
        clip = self._clip(element_id, d)
        lines = [
            f'    <path d="{d}" fill="{shade}"/>',
            f'    <g clip-path="url(#{clip})"><path d="{d}" fill="{fill}" '
            f'transform="translate({LIGHT[0]} {LIGHT[1]})"/></g>',
        ]
        for part in parts:
            lines += part
        lines.append(f'    <path d="{d}" fill="none" stroke="{edge}" stroke-width="{width}" '
                     f'stroke-linejoin="round"/>')
        if anchor is None:
            anchor = interior_point(polygon, avoid)
        return lines, anchor, clip

    def bone(self, element_id, points, tension=1.0, anchor=None, parts=(), avoid=(), extra=(),
             cut=False):
        lines, anchor, clip = self.solid(element_id, points, BONE, BONE_SHADE, BONE_LINE, 1.3,
                                         tension, anchor, parts, avoid, cut)
        lines[-1:-1] = extra
        self.group("bones", element_id, lines, anchor)
        return clip

    def bone_set(self, element_id, shapes, anchor, layer="bones"):
        """Several bones named as one structure, such as a toe's phalanges."""
        lines = []
        for index, points in enumerate(shapes):
            part, _, _ = self.solid(f"{element_id}-{index + 1}", points, BONE, BONE_SHADE,
                                    BONE_LINE, 1.3, anchor=anchor)
            lines += part
        self.group(layer, element_id, lines, anchor)

    def sub_bone(self, element_id, points, tension=1.0, anchor=None, outline=True, tone=BONE,
                 clip=None):
        """A named part of a bone (a malleolus, a tuberosity): lines to pass
        as a part of the bone it belongs to."""
        self._claim(element_id)
        d = path(spline(points, closed=True, tension=tension))
        polygon = sample(spline(points, closed=True, tension=tension), 6)
        self.shapes[element_id] = polygon
        attributes = f' clip-path="url(#{clip})"' if clip else ""
        lines = [f'    <g id="{element_id}" class="structure"{attributes}>',
                 f'      <path d="{d}" fill="{tone}"/>']
        if outline:
            lines.append(f'      <path d="{d}" fill="none" stroke="{BONE_LINE}" stroke-width="0.9" '
                         f'stroke-opacity="0.7"/>')
        lines.append("    </g>")
        self.anchor(element_id, anchor or interior_point(polygon))
        return lines

    def muscle(self, element_id, side_a, side_b, tension=1.0, fibres=5, anchor=None, parts=(),
               layer="muscles", avoid=(), tendons=(), cut=False):
        """A muscle belly between two sides that run the same way, with
        fibres between them."""
        points = side_a + list(reversed(side_b))
        lines, anchor, clip = self.solid(element_id, points, MUSCLE, MUSCLE_SHADE, MUSCLE_LINE, 1.2,
                                         tension, anchor, parts, avoid, cut)
        for centre, widths in tendons:
            outline = ribbon(centre, widths, tension)
            lines.append(f'    <path d="{path(spline(outline, closed=True))}" fill="{TENDON}" '
                         f'stroke="{TENDON_LINE}" stroke-width="1" stroke-linejoin="round"/>')
        fibre_path = fibre_paths(side_a, side_b, fibres, tension)
        lines.insert(2, f'    <g clip-path="url(#{clip})"><path d="{fibre_path}" fill="none" '
                        f'stroke="{MUSCLE_FIBRE}" stroke-width="0.9" stroke-opacity="0.55" '
                        f'stroke-linecap="round"/></g>')
        self.group(layer, element_id, lines, anchor)

    def muscles(self, element_id, bellies, anchor, fibres=4, cut=False):
        """Several bellies named as one muscle, such as the two heads of
        gastrocnemius: (side_a, side_b) each."""
        lines = []
        for index, (side_a, side_b) in enumerate(bellies):
            points = side_a + list(reversed(side_b))
            part, _, clip = self.solid(f"{element_id}-{index + 1}", points, MUSCLE, MUSCLE_SHADE,
                                       MUSCLE_LINE, 1.2, anchor=anchor, cut=cut)
            part.insert(2, f'    <g clip-path="url(#{clip})"><path d="{fibre_paths(side_a, side_b, fibres)}" '
                           f'fill="none" stroke="{MUSCLE_FIBRE}" stroke-width="0.9" '
                           f'stroke-opacity="0.55" stroke-linecap="round"/></g>')
            lines += part
        self.group("muscles", element_id, lines, anchor)

    def tendon(self, element_id, centre, widths, anchor_at=0.5, tension=1.0, layer="muscles",
               branches=(), anchor=None, under=()):
        """A tendon: a pale band of varying width along a centre line, with
        branches (centre, widths) of its own."""
        lines = []
        polygons = []
        for part_centre, part_widths in [(centre, widths)] + list(branches):
            outline = ribbon(part_centre, part_widths, tension)
            polygons.append(outline)
            d = path(spline(outline, closed=True))
            lines.append(f'    <path d="{d}" fill="{TENDON}" stroke="{TENDON_LINE}" '
                         f'stroke-width="1" stroke-linejoin="round"/>')
            for clip, colour, opacity in under:
                lines.append(f'    <g clip-path="url(#clip-{clip})"><path d="{d}" fill="{colour}" '
                             f'fill-opacity="{opacity}" stroke="{colour}" stroke-opacity="{opacity}" '
                             f'stroke-width="1"/></g>')
        dense = sample(spline(centre, tension=tension), 6)
        self.shapes[element_id] = polygons[0]
        if anchor is None:
            anchor = point_along(dense, anchor_at)
        self.group(layer, element_id, lines, anchor)

    def band(self, element_id, side_a, side_b, fibres=6, anchor=None, layer="muscles",
             opacity=0.62):
        """A retinaculum or fascia: a translucent silvery band, its fibres
        running from side_a to side_b's matching points."""
        a = sample(spline(side_a), 6)
        b = sample(spline(side_b), 6)
        d = path(band_edges(side_a, side_b))
        polygon = sample(band_edges(side_a, side_b), 6)
        self.shapes[element_id] = polygon
        self._clip(element_id, d)
        fibre_lines = []
        for k in range(1, fibres + 1):
            t = k / (fibres + 1)
            p, q = point_along(a, t), point_along(b, t)
            fibre_lines.append(f"M {_f(p[0])} {_f(p[1])} L {_f(q[0])} {_f(q[1])}")
        lines = [
            f'    <path d="{d}" fill="{BAND}" fill-opacity="{opacity}"/>',
            f'    <path d="{" ".join(fibre_lines)}" fill="none" stroke="{BAND_LINE}" '
            f'stroke-width="0.7" stroke-opacity="0.45"/>',
            f'    <path d="{d}" fill="none" stroke="{BAND_LINE}" stroke-width="1.1" '
            f'stroke-linejoin="round"/>',
        ]
        self.group(layer, element_id, lines, anchor or interior_point(polygon))

    def bands(self, element_id, pieces, anchor, layer="muscles", opacity=0.62):
        """Several bands (side_a, side_b) as one structure."""
        lines = []
        for side_a, side_b in pieces:
            a = sample(spline(side_a), 6)
            b = sample(spline(side_b), 6)
            d = path(band_edges(side_a, side_b))
            fibre_lines = []
            for k in range(1, 6):
                t = k / 6
                p, q = point_along(a, t), point_along(b, t)
                fibre_lines.append(f"M {_f(p[0])} {_f(p[1])} L {_f(q[0])} {_f(q[1])}")
            lines += [
                f'    <path d="{d}" fill="{BAND}" fill-opacity="{opacity}"/>',
                f'    <path d="{" ".join(fibre_lines)}" fill="none" stroke="{BAND_LINE}" '
                f'stroke-width="0.7" stroke-opacity="0.45"/>',
                f'    <path d="{d}" fill="none" stroke="{BAND_LINE}" stroke-width="1.1" '
                f'stroke-linejoin="round"/>',
            ]
        self.group(layer, element_id, lines, anchor)

    def cable(self, layer, element_id, points, width, branches=(), anchor_at=0.5, anchor=None,
              under=()):
        """A nerve or vessel: a smooth line with a darker edge, and branches
        (points, width) of its own. Lines stay at least 5 px wide so that a
        pointer can find them."""
        colour, edge = {"arteries": (ARTERY, ARTERY_LINE), "veins": (VEIN, VEIN_LINE),
                        "nerves": (NERVE, NERVE_LINE)}[layer]
        lines = []
        for part, part_width in [(points, width)] + list(branches):
            d = path(spline(part), closed=False)
            lines.append(f'    <path d="{d}" fill="none" stroke="{edge}" '
                         f'stroke-width="{_f(part_width + 2.4)}" stroke-linecap="round" '
                         f'stroke-linejoin="round"/>')
            lines.append(f'    <path d="{d}" fill="none" stroke="{colour}" '
                         f'stroke-width="{_f(part_width)}" stroke-linecap="round" '
                         f'stroke-linejoin="round"/>')
            lines += veils(d, part_width + 2.4, under)
        if anchor is None:
            anchor = point_along(sample(spline(points), 8), anchor_at)
        self.group(layer, element_id, lines, anchor)

    # Regions and labels

    def region(self, region_id, d, anchor, label):
        self._claim(region_id)
        self.regions.append(f'    <path id="{region_id}" class="region" d="{d}" fill="#000000" '
                            f'fill-opacity="0"/>')
        self.anchor(region_id, anchor)
        self.labels[region_id] = label

    # Output

    def text(self):
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600">',
            f"  <title>{self.title}</title>",
            f"  <desc>{self.description}</desc>",
            "  <defs>",
        ]
        lines += self.defs
        lines.append("  </defs>")
        lines.append('  <g id="base">')
        lines += self.base
        lines.append("  </g>")
        for layer in LAYERS:
            lines.append(f'  <g id="layer-{layer}">')
            lines += self.layers[layer]
            lines.append("  </g>")
        lines.append('  <g id="regions">')
        lines += self.regions
        lines.append("  </g>")
        lines.append('  <g id="anchors" fill="none">')
        for element_id, (x, y) in self.anchors.items():
            lines.append(f'    <circle id="anchor-{element_id}" class="anchor" cx="{_f(x)}" '
                         f'cy="{_f(y)}" r="1"/>')
            if element_id in self.labels:
                lx, ly = self.labels[element_id]
                lines.append(f'    <circle id="label-{element_id}" class="label" cx="{_f(lx)}" '
                             f'cy="{_f(ly)}" r="1"/>')
        lines.append("  </g>")
        lines.append("</svg>")
        return "\n".join(lines) + "\n"

    def write(self, directory):
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, self.name + ".svg"), "w", encoding="utf-8") as out:
            out.write(self.text())


def outline(points, tension=1.0, cut=False):
    """A closed smooth outline through points; with cut, its last edge is
    straight and meets the smooth part at corners."""
    if cut:
        return spline(points, tension=tension) + line([points[-1], points[0]])
    return spline(points, closed=True, tension=tension)


def fibre_paths(side_a, side_b, fibres, tension=1.0):
    """Muscle fibres between two sides that run the same way."""
    a = sample(spline(side_a, tension=tension), 6)
    b = sample(spline(side_b, tension=tension), 6)
    count = 24
    a = [point_along(a, i / count) for i in range(count + 1)]
    b = [point_along(b, i / count) for i in range(count + 1)]
    result = []
    for k in range(1, fibres + 1):
        t = k / (fibres + 1)
        fibre = [(p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t) for p, q in zip(a, b)][2:-2]
        result.append(path(spline(fibre[::3] + [fibre[-1]]), closed=False))
    return " ".join(result)


def band_edges(side_a, side_b):
    """A band's outline: its two ends as drawn, its long sides straight."""
    end_b = list(reversed(side_b))
    return (spline(side_a) + line([side_a[-1], end_b[0]]) + spline(end_b) +
            line([end_b[-1], side_a[0]]))


# What lies under a band or deep to a muscle is veiled by it.
UNDER_BAND = (BAND, 0.5)
UNDER_MUSCLE = ("#ffffff", 0.42)


def veils(d, width, under):
    """Lines that veil a stroked path d where it passes under the clips."""
    return [f'    <g clip-path="url(#clip-{clip})"><path d="{d}" fill="none" stroke="{colour}" '
            f'stroke-opacity="{opacity}" stroke-width="{_f(width)}" stroke-linecap="round" '
            f'stroke-linejoin="round"/></g>' for clip, colour, opacity in under]


def ground_shadow(cx, cy, rx, ry):
    return (f'    <ellipse cx="{_f(cx)}" cy="{_f(cy)}" rx="{_f(rx)}" ry="{_f(ry)}" '
            f'fill="#000000" fill-opacity="0.13"/>')


def filled(d, fill, extra=""):
    return f'    <path d="{d}" fill="{fill}"{extra}/>'


def stroked(d, stroke, width, extra=""):
    return (f'    <path d="{d}" fill="none" stroke="{stroke}" stroke-width="{width}" '
            f'stroke-linejoin="round" stroke-linecap="round"{extra}/>')


def distance(a, b):
    return math.dist(a, b)
