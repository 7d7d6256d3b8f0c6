"""Smooth outlines through landmark points, for the anatomy drawings.

Outlines are Catmull-Rom splines turned into cubic Bézier segments. Regions
that share a border share the very same segments, so they tile exactly.
"""


def _tangent(before, after, tension):
    return ((after[0] - before[0]) * tension / 6.0, (after[1] - before[1]) * tension / 6.0)


def spline(points, closed=False, tension=1.0):
    """Returns the cubic segments (p0, c1, c2, p1) of a spline through points."""
    count = len(points)
    segments = []
    last = count if closed else count - 1
    for i in range(last):
        p0 = points[i]
        p1 = points[(i + 1) % count]
        if closed:
            before = points[(i - 1) % count]
            after = points[(i + 2) % count]
        else:
            before = points[max(i - 1, 0)]
            after = points[min(i + 2, count - 1)]
        t0 = _tangent(before, p1, tension)
        t1 = _tangent(p0, after, tension)
        c1 = (p0[0] + t0[0], p0[1] + t0[1])
        c2 = (p1[0] - t1[0], p1[1] - t1[1])
        segments.append((p0, c1, c2, p1))
    return segments


def reverse(segments):
    return [(p1, c2, c1, p0) for (p0, c1, c2, p1) in reversed(segments)]


def _fmt(point):
    return f"{point[0]:.1f} {point[1]:.1f}"


def path(*edges, closed=True):
    """An SVG path through edges, each a list of segments that continue each other."""
    segments = [segment for edge in edges for segment in edge]
    parts = [f"M {_fmt(segments[0][0])}"]
    for (_, c1, c2, p1) in segments:
        parts.append(f"C {_fmt(c1)} {_fmt(c2)} {_fmt(p1)}")
    if closed:
        parts.append("Z")
    return " ".join(parts)


class Outline:
    """A closed spline through named points, cut into edges between them."""

    def __init__(self, named_points, tension=1.0):
        self.names = [name for name, _ in named_points]
        self.points = [point for _, point in named_points]
        self.segments = spline(self.points, closed=True, tension=tension)

    def __getitem__(self, name):
        return self.points[self.names.index(name)]

    def edge(self, start, end):
        """The segments from point start to point end, going forward."""
        i = self.names.index(start)
        j = self.names.index(end)
        count = len(self.segments)
        result = []
        while i != j:
            result.append(self.segments[i])
            i = (i + 1) % count
        return result

    def whole(self):
        return path(self.segments)
