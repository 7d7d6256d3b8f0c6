"""Smooth outlines through landmark points, for the anatomy drawings.

Outlines are Catmull-Rom splines turned into cubic Bézier segments. Regions
that share a border share the very same segments, so they tile exactly.

Landmarks are given in centimetres in the foot's own frame and mapped to the
800 × 600 viewBox by a Frame, so that every view of the one foot keeps the
same proportions.
"""

import math


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


def line(points):
    """Straight segments through points, as cubic segments."""
    segments = []
    for p0, p1 in zip(points, points[1:]):
        c1 = (p0[0] + (p1[0] - p0[0]) / 3.0, p0[1] + (p1[1] - p0[1]) / 3.0)
        c2 = (p0[0] + (p1[0] - p0[0]) * 2.0 / 3.0, p0[1] + (p1[1] - p0[1]) * 2.0 / 3.0)
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


def bezier_point(segment, t):
    p0, c1, c2, p1 = segment
    u = 1.0 - t
    return (u * u * u * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p1[0],
            u * u * u * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p1[1])


def sample(segments, steps=8):
    """Points along segments, for measuring: a polyline."""
    points = [segments[0][0]]
    for segment in segments:
        for step in range(1, steps + 1):
            points.append(bezier_point(segment, step / steps))
    return points


def polyline_length(points):
    return sum(math.dist(a, b) for a, b in zip(points, points[1:]))


def point_along(points, fraction):
    """The point a fraction of the way along a polyline."""
    goal = polyline_length(points) * fraction
    for a, b in zip(points, points[1:]):
        step = math.dist(a, b)
        if step >= goal and step > 0:
            t = goal / step
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        goal -= step
    return points[-1]


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def resample(points, count):
    """count points evenly spaced along a polyline."""
    return [point_along(points, i / (count - 1)) for i in range(count)]


def ribbon(centre, widths, tension=1.0):
    """The outline of a band of varying width along a smooth centre line.

    widths has one full width per point of centre. Returns the points of the
    closed outline, one side forward and the other back, with round ends.
    """
    dense = sample(spline(centre, tension=tension), 6)
    # The width at each dense point, interpolated along the centre points.
    per_point = []
    for i in range(len(centre) - 1):
        for step in range(6):
            t = step / 6
            per_point.append(widths[i] * (1 - t) + widths[i + 1] * t)
    per_point.append(widths[-1])
    left, right = [], []
    for i, point in enumerate(dense):
        before = dense[max(i - 1, 0)]
        after = dense[min(i + 1, len(dense) - 1)]
        dx, dy = after[0] - before[0], after[1] - before[1]
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        half = per_point[i] / 2
        left.append((point[0] + nx * half, point[1] + ny * half))
        right.append((point[0] - nx * half, point[1] - ny * half))
    # Keep every third point: the spline through them stays smooth.
    keep = list(range(0, len(dense), 3))
    if keep[-1] != len(dense) - 1:
        keep.append(len(dense) - 1)
    left = [left[i] for i in keep]
    right = [right[i] for i in keep]

    def cap(a, b, direction):
        # One point beyond the middle of an end, for a rounded cap.
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        half = math.dist(a, b) / 2
        return (mx + direction[0] * half * 0.55, my + direction[1] * half * 0.55)

    def unit(a, b):
        d = math.dist(a, b) or 1.0
        return ((b[0] - a[0]) / d, (b[1] - a[1]) / d)

    end_cap = cap(left[-1], right[-1], unit(dense[-2], dense[-1]))
    start_cap = cap(left[0], right[0], unit(dense[1], dense[0]))
    return left + [end_cap] + list(reversed(right)) + [start_cap]


def point_in_polygon(point, polygon):
    x, y = point
    inside = False
    count = len(polygon)
    for i in range(count):
        (x0, y0), (x1, y1) = polygon[i], polygon[(i + 1) % count]
        if (y0 > y) != (y1 > y):
            cross = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
            if x < cross:
                inside = not inside
    return inside


def _segment_distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    return math.dist(p, (a[0] + dx * t, a[1] + dy * t))


def edge_distance(point, polygon):
    count = len(polygon)
    return min(_segment_distance(point, polygon[i], polygon[(i + 1) % count]) for i in range(count))


def interior_point(polygon, avoid=()):
    """The point of a polygon farthest from its edges (and from the
    polygons in avoid, which cover it), found on a grid and refined."""
    xs = [p[0] for p in polygon]
    ys = [p[1] for p in polygon]
    best, best_distance = None, -1.0
    step = max(max(xs) - min(xs), max(ys) - min(ys)) / 40.0 or 1.0

    def score(point):
        if not point_in_polygon(point, polygon):
            return -1.0
        if any(point_in_polygon(point, other) for other in avoid):
            return -1.0
        distance = edge_distance(point, polygon)
        for other in avoid:
            distance = min(distance, edge_distance(point, other))
        return distance

    y = min(ys) + step / 2
    while y < max(ys):
        x = min(xs) + step / 2
        while x < max(xs):
            distance = score((x, y))
            if distance > best_distance:
                best, best_distance = (x, y), distance
            x += step
        y += step
    # Refine around the best grid point.
    for _ in range(3):
        step /= 3
        cx, cy = best
        for dy in (-2, -1, 0, 1, 2):
            for dx in (-2, -1, 0, 1, 2):
                candidate = (cx + dx * step, cy + dy * step)
                distance = score(candidate)
                if distance > best_distance:
                    best, best_distance = candidate, distance
    return best


class Frame:
    """Maps a view's landmarks, in centimetres, to the viewBox.

    x' = a·u + b·v + e and y' = c·u + d·v + f, as an SVG matrix (a, b, c,
    d, e, f) would, for a point (u, v).
    """

    def __init__(self, a, b, c, d, e, f):
        self.m = (a, b, c, d, e, f)
        self.scale = math.sqrt(abs(a * d - b * c))

    def __call__(self, point):
        a, b, c, d, e, f = self.m
        u, v = point
        return (a * u + b * v + e, c * u + d * v + f)

    def all(self, points):
        return [self(p) for p in points]

    def length(self, centimetres):
        return centimetres * self.scale


class Outline:
    """A closed spline through named points, cut into edges between them."""

    def __init__(self, named_points, tension=1.0, straight=()):
        """straight names the points from which the outline runs straight
        to the next one, as across the cut end of a leg."""
        self.names = [name for name, _ in named_points]
        self.points = [point for _, point in named_points]
        self.segments = spline(self.points, closed=True, tension=tension)
        for index, name in enumerate(self.names):
            if name in straight:
                end = self.points[(index + 1) % len(self.points)]
                self.segments[index] = line([self.points[index], end])[0]

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

    def polygon(self):
        return sample(self.segments, 6)
