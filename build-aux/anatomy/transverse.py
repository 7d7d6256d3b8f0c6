"""The sole (plantar) and the top (dorsal) of the right foot, toes up.

Landmarks are in centimetres: x forward from the back of the heel, y toward
the inner (medial) side, for an adult foot 26 cm long. Seen from below with
the toes up, the big toe is on the viewer's right; seen from above it is on
the viewer's left, so the two views are mirror images of one footprint. The
top view also shows the lower leg, folded down below the ankle as in a foot
pointed away from the viewer; there x is negative up the leg.
"""

import math

from geometry import Frame, Outline, line, path, reverse, ribbon, spline
from svg import NAIL, SKIN, SKIN_LINE, SKIN_SHADE, UNDER_MUSCLE, Drawing, filled

PLANTAR = Frame(0, 20.0, -20.0, 0, 400.0, 560.0)
DORSAL = Frame(0, -17.0, -17.0, 0, 400.0, 472.0)

# The toes: where each leaves the foot (the web), its tip, its axis and
# half its width, from the big toe to the little toe.
TOES = [
    (21.3, 26.05, 3.25, 1.3),
    (21.2, 25.35, 0.96, 0.78),
    (20.5, 24.45, -0.85, 0.77),
    (19.7, 23.25, -2.55, 0.74),
    (18.9, 21.95, -4.05, 0.7),
]


def toe_points(index):
    base, tip, y, half = TOES[index]
    return [(base + 1.1, y + half), (tip - 1.0, y + half * 0.97), (tip - 0.3, y + half * 0.72),
            (tip, y), (tip - 0.3, y - half * 0.72), (tip - 1.0, y - half * 0.97),
            (base + 1.1, y - half)]


def footprint():
    """The outline of the foot seen from above or below, heel to toes."""
    points = [
        ("heel_back", (0.0, 0.3)),
        ("heel_medial_back", (0.6, 2.2)),
        ("heel_medial", (3.0, 3.15)),
        ("medial_heel_front", (5.5, 3.12)),
        ("arch_back", (8.0, 3.35)),
        ("navicular", (10.3, 4.08)),
        ("arch_front", (13.0, 3.95)),
        ("medial_ball_back", (16.5, 4.35)),
        ("medial_ball", (19.5, 4.72)),
        ("t1_base", (21.4, 4.56)),
    ]
    points += [(f"toe1_{i}", p) for i, p in enumerate(toe_points(0)[1:])]
    points.append(("web1", (21.55, 1.85)))
    for index, web in zip(range(1, 5), [(21.0, 0.08), (20.3, -1.72), (19.5, -3.35), None]):
        points += [(f"toe{index + 1}_{i}", p) for i, p in enumerate(toe_points(index))]
        if web:
            points.append((f"web{index + 1}", web))
    points += [
        ("t5_base", (19.75, -4.74)),
        ("lateral_ball", (17.5, -5.0)),
        ("lateral_mid", (14.0, -4.65)),
        ("lateral_base5", (11.3, -4.55)),
        ("lateral_cuboid", (8.5, -3.85)),
        ("lateral_heel_front", (6.0, -3.5)),
        ("heel_lateral", (3.0, -3.2)),
        ("heel_lateral_back", (0.7, -2.2)),
    ]
    return points


def with_leg(points):
    """The top view's outline: the foot from the ankle on, and the leg."""
    start = [name for name, _ in points].index("arch_back")
    end = [name for name, _ in points].index("lateral_cuboid")
    return ([("cut_medial", (-7.2, 3.95)), ("leg_medial", (-3.0, 3.35)),
             ("ankle_medial_top", (2.0, 3.32)), ("medial_malleolus", (4.9, 3.95)),
             ("malleolus_tip_medial", (6.7, 3.62))] +
            points[start:end + 1] +
            [("malleolus_tip_lateral", (7.5, -4.02)), ("lateral_malleolus", (4.6, -4.38)),
             ("ankle_lateral_top", (2.0, -3.68)), ("leg_lateral", (-3.0, -3.82)),
             ("cut_lateral", (-7.2, -4.5)), ("cut_1", (-7.2, -2.0)), ("cut_2", (-7.2, 0.0)),
             ("cut_3", (-7.2, 2.0))])


def long_bone(base, head, base_width, shaft_width, head_width):
    """A metatarsal or phalanx: a base, a waisted shaft and a rounded head."""
    (x0, y0), (x1, y1) = base, head
    length = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    nx, ny = -uy, ux
    profile = [(0.0, base_width / 2 * 0.92), (0.1, base_width / 2), (0.32, shaft_width / 2),
               (0.62, shaft_width / 2 * 0.96), (0.86, head_width / 2 * 0.82), (1.0, head_width / 2)]

    def at(t, half):
        return (x0 + ux * length * t + nx * half, y0 + uy * length * t + ny * half)

    left = [at(t, half) for t, half in profile]
    right = [at(t, -half) for t, half in reversed(profile)]
    cap = (x1 + ux * head_width * 0.42, y1 + uy * head_width * 0.42)
    back = (x0 - ux * base_width * 0.08, y0 - uy * base_width * 0.08)
    return left + [cap] + right + [back]


METATARSALS = [
    ((13.75, 2.65), (19.45, 3.2), 2.0, 1.15, 2.0),
    ((12.9, 0.95), (19.0, 1.05), 1.25, 0.7, 1.2),
    ((13.45, -0.5), (18.5, -0.78), 1.25, 0.68, 1.15),
    ((12.75, -1.9), (17.85, -2.45), 1.25, 0.66, 1.1),
    ((12.15, -3.2), (17.0, -4.0), 1.3, 0.7, 1.05),
]

PHALANGES = [
    [((20.55, 3.25), (23.0, 3.25), 1.55, 1.0, 1.3), ((23.25, 3.25), (25.35, 3.25), 1.3, 0.8, 1.05)],
    [((19.7, 1.02), (21.9, 0.98), 0.85, 0.55, 0.7), ((22.05, 0.98), (23.1, 0.97), 0.65, 0.48, 0.6),
     ((23.25, 0.96), (24.6, 0.96), 0.58, 0.4, 0.56)],
    [((19.15, -0.8), (21.25, -0.84), 0.84, 0.54, 0.68), ((21.4, -0.85), (22.35, -0.85), 0.64, 0.47, 0.58),
     ((22.5, -0.85), (23.72, -0.85), 0.56, 0.4, 0.54)],
    [((18.5, -2.5), (20.4, -2.55), 0.82, 0.52, 0.66), ((20.55, -2.55), (21.4, -2.55), 0.62, 0.45, 0.56),
     ((21.55, -2.55), (22.55, -2.55), 0.54, 0.38, 0.52)],
    [((17.62, -4.04), (19.25, -4.05), 0.8, 0.5, 0.64), ((19.4, -4.05), (20.05, -4.05), 0.6, 0.44, 0.54),
     ((20.2, -4.05), (21.2, -4.05), 0.52, 0.36, 0.5)],
]

CALCANEUS = [(0.45, -0.3), (0.65, -1.6), (1.35, -2.3), (3.0, -2.58), (4.8, -2.8), (5.6, -3.05),
             (6.5, -2.98), (8.0, -3.12), (8.85, -2.85), (8.95, -1.9), (8.7, -1.05), (7.7, -0.45),
             (7.05, 0.75), (7.0, 1.65), (6.3, 2.45), (5.2, 2.42), (4.6, 1.75), (3.5, 1.58),
             (2.0, 1.78), (0.9, 1.38)]
SUSTENTACULUM = [(4.6, 1.75), (5.2, 2.42), (6.3, 2.45), (7.0, 1.65), (6.6, 1.2), (5.3, 1.3)]
TUBEROSITY = [(0.45, -0.3), (0.65, -1.6), (1.35, -2.3), (2.6, -2.5), (2.9, -0.4), (2.6, 1.7),
              (2.0, 1.78), (0.9, 1.38)]
TALUS = [(2.2, -1.0), (2.6, -1.7), (4.0, -2.0), (5.8, -1.9), (6.7, -1.5), (7.8, -0.45), (8.8, 0.2),
         (9.42, 1.0), (9.38, 2.1), (8.8, 2.75), (7.8, 2.6), (6.9, 2.0), (5.8, 1.85), (4.0, 1.72),
         (2.7, 1.45), (2.1, 0.6), (1.9, -0.2)]
NAVICULAR = [(9.6, -0.8), (10.35, -1.0), (11.2, -0.62), (11.45, 0.6), (11.45, 1.8), (11.25, 2.9),
             (10.85, 3.55), (10.25, 3.92), (9.65, 3.6), (9.55, 2.9), (9.78, 2.1), (9.8, 1.0),
             (9.62, 0.0)]
NAVICULAR_TUBEROSITY = [(9.65, 3.6), (10.25, 3.92), (10.85, 3.55), (10.75, 3.05), (10.05, 3.0)]
MEDIAL_CUNEIFORM = [(11.6, 1.88), (11.55, 2.9), (11.7, 3.52), (12.6, 3.62), (13.55, 3.38),
                    (13.62, 2.5), (13.55, 1.78), (12.6, 1.8)]
INTERMEDIATE_CUNEIFORM = [(11.62, 0.3), (11.62, 1.58), (12.1, 1.66), (12.72, 1.6), (12.75, 0.95),
                          (12.72, 0.3), (12.2, 0.24)]
LATERAL_CUNEIFORM = [(11.58, -1.05), (11.6, 0.1), (12.4, 0.14), (13.28, 0.1), (13.32, -0.55),
                     (13.28, -1.12), (12.4, -1.15)]
CUBOID = [(9.15, -1.05), (10.3, -1.1), (11.45, -1.28), (12.5, -1.38), (12.4, -2.6), (11.75, -3.82),
          (10.6, -3.9), (9.7, -3.6), (9.12, -3.2), (9.02, -2.1)]
MT5_TUBEROSITY = [(11.45, -3.55), (11.0, -4.05), (10.95, -4.4), (11.5, -4.35), (12.3, -3.95)]
SESAMOIDS = [[(18.6, 3.75), (18.9, 4.1), (19.45, 4.05), (19.6, 3.7), (19.3, 3.4), (18.8, 3.45)],
             [(18.65, 2.72), (18.95, 3.02), (19.45, 2.98), (19.55, 2.65), (19.25, 2.4), (18.8, 2.45)]]


def foot_bones(d, f, from_below):
    P = f.all
    if from_below:
        d.bone("talus", P(TALUS), anchor=f((8.6, 1.6)))
    # From above, the back of the heel and the sustentaculum are hidden
    # under the talus and the leg.
    parts = [
        d.sub_bone("calcaneal-tuberosity", P(TUBEROSITY), outline=False, clip="clip-calcaneus"),
        d.sub_bone("sustentaculum-tali", P(SUSTENTACULUM)),
    ] if from_below else []
    d.bone("calcaneus", P(CALCANEUS), parts=parts,
           anchor=f((4.2, -1.2) if from_below else (7.6, -2.2)))
    if not from_below:
        d.bone("talus", P(TALUS), anchor=f((7.6, 0.6)))
    d.bone("navicular", P(NAVICULAR), parts=[d.sub_bone("navicular-tuberosity", P(NAVICULAR_TUBEROSITY))],
           anchor=f((10.6, 1.4)))
    d.bone("cuboid", P(CUBOID), anchor=f((10.9, -2.4)))
    d.bone("medial-cuneiform", P(MEDIAL_CUNEIFORM), anchor=f((12.6, 2.7)))
    d.bone("intermediate-cuneiform", P(INTERMEDIATE_CUNEIFORM), anchor=f((12.2, 0.95)))
    d.bone("lateral-cuneiform", P(LATERAL_CUNEIFORM), anchor=f((12.45, -0.5)))
    for index, (base, head, wb, ws, wh) in enumerate(METATARSALS):
        parts = []
        if index == 4:
            parts = [d.sub_bone("metatarsal-5-tuberosity", P(MT5_TUBEROSITY))]
        mid = ((base[0] + head[0]) / 2, (base[1] + head[1]) / 2)
        d.bone(f"metatarsal-{index + 1}", P(long_bone(base, head, wb, ws, wh)), parts=parts,
               anchor=f(mid))
    for index, toe in enumerate(PHALANGES):
        base, head = toe[0][0], toe[0][1]
        d.bone_set(f"phalanges-{index + 1}", [P(long_bone(*bone)) for bone in toe],
                   f(((base[0] + head[0]) / 2, (base[1] + head[1]) / 2)))
    if from_below:
        d.bone_set("sesamoids", [P(points) for points in SESAMOIDS], f((19.1, 3.75)))


def toe_regions(o):
    """The five toes as one region, each toe closed across its base."""
    lobes = [("t1_base", "web1"), ("web1", "web2"), ("web2", "web3"), ("web3", "web4"),
             ("web4", "t5_base")]
    return " ".join(path(o.edge(a, b), line([o[b], o[a]])) for a, b in lobes)


# The plantar view

def plantar_base(d, f, o):
    P = f.all
    d._claim("skin")
    d.base.append(f'    <path id="skin" d="{o.whole()}" fill="{SKIN}"/>')
    # The pads that bear weight: heel, outer border, ball and toes.
    pads = [
        [(0.5, 0.3), (0.9, -1.9), (2.6, -2.75), (4.8, -2.85), (6.0, -2.1), (6.2, 0.2), (5.6, 2.2),
         (3.4, 2.75), (1.2, 2.0)],
        [(6.0, -2.2), (9.0, -2.9), (12.0, -3.7), (14.5, -4.15), (14.8, -3.2), (12.0, -2.6),
         (9.0, -1.9), (6.6, -1.2)],
        [(16.0, -4.5), (17.6, -4.6), (19.6, -3.2), (20.4, -1.0), (20.7, 1.5), (20.6, 3.6),
         (19.8, 4.5), (17.6, 4.25), (16.3, 2.5), (15.8, 0.0), (15.6, -2.5)],
    ]
    for pad in pads:
        d.base.append(filled(path(spline(P(pad), closed=True)), SKIN_SHADE))
    for index, (base, tip, y, half) in enumerate(TOES):
        pad = [(tip - 0.3, y), (tip - 0.7, y + half * 0.7), (tip - 1.9, y + half * 0.72),
               (tip - 2.2, y), (tip - 1.9, y - half * 0.72), (tip - 0.7, y - half * 0.7)]
        d.base.append(filled(path(spline(P(pad), closed=True)), SKIN_SHADE))
    d.base.append(f'    <path d="{o.whole()}" fill="none" stroke="{SKIN_LINE}" '
                  f'stroke-width="2.2" stroke-linejoin="round"/>')


def spindle(P, start, end, width):
    """The two sides of a slender belly from start to end, in centimetres,
    pointed at both ends and at most width wide, mapped by P."""
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    halves = [0.06, 0.5, 0.45, 0.3, 0.08]
    along = [0.0, 0.3, 0.55, 0.8, 1.0]
    centre = [(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t) for t in along]
    side_a = [(x + nx * h * width, y + ny * h * width) for (x, y), h in zip(centre, halves)]
    side_b = [(x - nx * h * width, y - ny * h * width) for (x, y), h in zip(centre, halves)]
    return P(side_a), P(side_b)


def plantar_soft_tissue(d, f):
    P = f.all
    w = f.length
    # Deepest: the long tendons. Fibularis longus crosses the sole from the
    # cuboid to the first metatarsal; flexor hallucis longus runs to the big
    # toe between the sesamoids; flexor digitorum longus crosses under it and
    # fans to the other four toes.
    d.tendon("fibularis-longus-tendon",
             P([(9.4, -3.85), (10.4, -2.7), (11.6, -0.7), (12.6, 1.0), (13.25, 2.15)]),
             [w(x) for x in (0.45, 0.45, 0.45, 0.45, 0.5)], anchor=f((9.45, -3.79)))
    d.tendon("flexor-hallucis-longus-tendon",
             P([(3.6, 2.25), (6.0, 2.2), (9.0, 2.45), (12.0, 2.75), (15.5, 3.05), (19.1, 3.22),
                (22.0, 3.25), (24.3, 3.22)]),
             [w(x) for x in (0.5,) * 7 + (0.45,)], anchor=f((22.0, 3.25)))
    # Quadratus plantae, of the second layer, runs from two heads on the
    # underside of the calcaneus to the lateral edge of the flexor digitorum
    # longus tendon, which lies on its plantar face. The first layer hides
    # it; as an illustration, flexor digitorum brevis is drawn a little
    # narrow so that a strip of it shows beside abductor digiti minimi.
    d.muscle("quadratus-plantae",
             P([(2.2, 1.45), (4.5, 1.35), (7.0, 1.05), (8.8, 0.75), (10.0, 0.3)]),
             P([(2.0, -1.85), (4.5, -2.0), (7.0, -2.2), (8.8, -1.6), (10.0, -0.25)]),
             fibres=4, anchor=f((6.5, -1.62)))
    fdl = [(3.8, 2.75), (6.2, 1.85), (8.8, 0.9), (10.2, 0.35)]
    toes = {
        2: [(13.0, 0.85), (17.0, 1.02), (20.5, 1.0), (24.2, 0.96)],
        3: [(13.0, -0.4), (17.0, -0.75), (20.5, -0.85), (23.3, -0.85)],
        4: [(12.8, -1.4), (16.5, -2.25), (19.5, -2.55), (22.1, -2.55)],
        5: [(12.5, -2.2), (15.5, -3.4), (18.5, -4.05), (20.8, -4.05)],
    }
    d.tendon("flexor-digitorum-longus-tendon",
             P(fdl + toes[2]), [w(0.5)] * 4 + [w(0.34)] * 4,
             branches=[(P(fdl[-1:] + toes[k]), [w(0.34)] * 5) for k in (3, 4, 5)],
             anchor=f((6.2, 1.85)))

    # The four lumbricals leave the flexor digitorum longus tendons for the
    # inner side of the four smaller toes, between the tendons of flexor
    # digitorum brevis.
    d.muscles("lumbricals",
              [spindle(P, start, end, 0.42) for start, end in
               [((13.4, 1.2), (19.2, 1.62)), ((13.4, 0.25), (19.0, -0.1)),
                ((13.2, -0.9), (18.4, -1.85)), ((13.0, -1.8), (17.8, -3.35))]],
              f((16.0, 0.09)), fibres=2)

    # The first layer of the sole, from the heel forward: abductor hallucis
    # on the inner border, flexor digitorum brevis in the middle, abductor
    # digiti minimi on the outer border.
    d.muscle("abductor-hallucis",
             P([(1.4, 2.55), (4.0, 3.05), (7.0, 3.15), (10.0, 3.42), (13.0, 3.7), (15.6, 3.95)]),
             P([(1.6, 1.3), (4.0, 1.7), (7.0, 2.05), (10.0, 2.35), (13.0, 2.7), (15.6, 3.3)]),
             fibres=3, anchor=f((8.0, 2.65)),
             tendons=[(P([(15.2, 3.62), (17.5, 3.92), (19.2, 4.05), (20.6, 3.95)]),
                       [w(x) for x in (0.5, 0.45, 0.4, 0.36)])])
    d.muscle("abductor-digiti-minimi",
             P([(1.6, -2.2), (4.0, -2.85), (7.0, -3.15), (10.0, -3.65), (12.5, -4.15), (14.6, -4.35)]),
             P([(1.8, -1.05), (4.0, -1.7), (7.0, -2.1), (10.0, -2.6), (12.5, -3.15), (14.6, -3.65)]),
             fibres=3, anchor=f((7.0, -2.6)),
             tendons=[(P([(14.2, -4.0), (16.2, -4.25), (18.0, -4.3)]), [w(x) for x in (0.45, 0.4, 0.36)])])
    fdb_toes = {2: (20.5, 1.0), 3: (20.0, -0.83), 4: (19.4, -2.52), 5: (18.6, -4.02)}
    fdb_tendons = []
    starts = {2: (12.6, 1.0), 3: (12.8, -0.1), 4: (12.6, -1.15), 5: (12.2, -2.05)}
    for k in (2, 3, 4, 5):
        s, e = starts[k], fdb_toes[k]
        mid = ((s[0] + e[0]) / 2, (s[1] * 0.4 + e[1] * 0.6))
        fdb_tendons.append((P([s, mid, e]), [w(0.38), w(0.34), w(0.3)]))
    d.muscle("flexor-digitorum-brevis",
             P([(1.8, 1.0), (4.5, 1.55), (7.5, 1.75), (10.5, 1.7), (12.8, 1.3)]),
             P([(1.8, -0.8), (4.5, -1.05), (7.5, -1.25), (10.5, -1.65), (12.4, -2.1)]),
             fibres=4, anchor=f((6.0, 0.1)), tendons=fdb_tendons)

    # The plantar fascia over them: a sheet from the heel, in five slips to
    # the toes.
    sheet_a = [(1.3, 1.3), (4.0, 1.55), (7.0, 1.8), (10.0, 2.25), (13.0, 2.8), (14.6, 3.3)]
    sheet_b = [(1.3, -1.3), (4.0, -1.55), (7.0, -1.8), (10.0, -2.35), (13.0, -3.0), (14.6, -3.55)]
    lines = []
    outline = P(sheet_a) + list(reversed(P(sheet_b)))
    d_sheet = path(spline(outline, closed=True))
    lines.append(f'    <path d="{d_sheet}" fill="#ffffff" fill-opacity="0.55" stroke="#77767b" '
                 f'stroke-width="1.1" stroke-linejoin="round"/>')
    for index, (base, tip, y, half) in enumerate(TOES):
        start_y = [3.0, 1.3, -0.5, -2.0, -3.3][index]
        end_x = [20.6, 19.6, 19.0, 18.3, 17.5][index]
        slip = [(14.0, start_y), (16.5, (start_y + y) / 2), (end_x, y)]
        outline = ribbon(P(slip), [w(1.0), w(0.8), w(0.7)])
        lines.append(f'    <path d="{path(spline(outline, closed=True))}" fill="#ffffff" '
                     f'fill-opacity="0.55" stroke="#77767b" stroke-width="1" stroke-linejoin="round"/>')
    fibres = " ".join(path(spline(P([(1.6, t * 1.2), (7.0, t * 1.7), (14.0, t * 3.0)])), closed=False)
                      for t in (-0.6, -0.2, 0.2, 0.6))
    lines.append(f'    <path d="{fibres}" fill="none" stroke="#77767b" stroke-width="0.7" '
                 f'stroke-opacity="0.45"/>')
    d.group("muscles", "plantar-fascia", lines, f((9.0, -0.2)))

    # Nerves and arteries leave the tarsal tunnel at the inner edge of the
    # heel and divide: the medial plantar pair along the inner sole, the
    # lateral plantar pair across it to the outer toes and the plantar arch.
    nb, ab = (4.8, 2.35), (5.3, 2.75)
    d.cable("arteries", "posterior-tibial-artery", P([(3.4, 2.9), (4.2, 2.9), ab]), 6.0,
            anchor=f((3.9, 2.98)))
    d.cable("arteries", "medial-plantar-artery",
            P([ab, (8.0, 3.0), (12.0, 3.1), (15.5, 3.5), (18.6, 3.85)]), 5.2, anchor=f((12.0, 3.1)))
    d.cable("arteries", "lateral-plantar-artery",
            P([ab, (6.8, 1.6), (9.2, -0.55), (11.6, -2.3), (13.0, -2.9), (13.7, -2.3), (14.0, -0.8),
               (13.9, 0.8), (13.6, 2.0)]), 5.2, anchor=f((9.2, -0.55)))
    d.cable("nerves", "tibial-nerve", P([(2.6, 2.85), (3.7, 2.6), nb]), 6.2, anchor=f((3.4, 2.68)))
    d.cable("nerves", "medial-plantar-nerve",
            P([nb, (7.5, 2.55), (10.5, 2.45), (13.5, 2.35)]), 5.4,
            branches=[(P([(13.5, 2.35), (16.5, 3.4), (20.0, 4.2), (23.5, 4.15)]), 5.0),
                      (P([(13.5, 2.35), (17.5, 2.15), (21.3, 2.0)]), 5.0),
                      (P([(13.5, 2.35), (16.5, 1.3), (19.0, 0.5), (20.9, 0.2)]), 5.0),
                      (P([(13.5, 2.35), (16.0, 0.4), (18.5, -1.1), (20.2, -1.6)]), 5.0)],
            anchor=f((10.5, 2.45)))
    d.cable("nerves", "lateral-plantar-nerve",
            P([nb, (6.6, 1.1), (9.0, -1.05), (11.5, -2.75), (13.2, -3.35)]), 5.4,
            branches=[(P([(13.2, -3.35), (16.5, -4.25), (20.0, -4.45)]), 5.0),
                      (P([(13.2, -3.35), (16.6, -3.2), (19.4, -3.25)]), 5.0)],
            anchor=f((9.0, -1.05)))
    d.cable("nerves", "calcaneal-branch", P([(2.2, 2.85), (1.9, 1.9), (1.5, 0.9)]), 5.0,
            branches=[(P([(1.95, 2.1), (1.2, 1.7), (0.8, 1.1)]), 5.0)], anchor=f((1.9, 1.95)))


def plantar_regions(d, f, o):
    P = f.all
    k1, k2, k3 = (6.7, 1.85), (4.2, 2.05), (6.3, -0.2)
    e_arch_k1 = spline(P([o_at("arch_back"), (7.5, 2.6), k1]))
    e_k1_heel = spline(P([k1, k2, o_at("heel_medial")]))
    e_k1k3 = spline(P([k1, (6.45, 0.9), k3]))
    e_k3_lateral = spline(P([k3, (6.1, -1.9), o_at("lateral_heel_front")]))
    e_arch_inner = spline(P([o_at("medial_ball_back"), (15.8, 2.0), (13.5, 0.2), (10.5, -0.5),
                             (8.0, -0.45), k3]))
    heel = path(o.edge("lateral_heel_front", "heel_medial"), reverse(e_k1_heel),
                e_k1k3, e_k3_lateral)
    # The medial heel edge: where the plantar nerves leave the tarsal tunnel.
    tunnel = path(o.edge("heel_medial", "arch_back"), e_arch_k1, e_k1_heel)
    arch = path(o.edge("arch_back", "medial_ball_back"), e_arch_inner, reverse(e_k1k3),
                reverse(e_arch_k1))
    d.region("toes", toe_regions(o), f((23.2, 0.96)), (560, 52))
    d.region("arch", arch, f((11.5, 2.2)), (575, 300))
    d.region("heel", heel, f((2.2, -0.6)), (235, 545))
    d.region("tarsal-tunnel", tunnel, f((5.0, 2.72)), (580, 470))


FOOTPRINT = dict(footprint())


def o_at(name):
    return FOOTPRINT[name]


def build_plantar(directory):
    f = PLANTAR
    d = Drawing("plantar", "Right foot, seen from the sole",
                "The sole of a right foot seen from below, toes up and the big toe on the right: "
                "the plantar fascia over the first layer of muscles, the long flexor tendons, the "
                "medial and lateral plantar nerves and arteries from the inner edge of the heel, "
                "and the bones faintly beneath.")
    o = Outline([(name, f(point)) for name, point in footprint()])
    plantar_base(d, f, o)
    foot_bones(d, f, from_below=True)
    plantar_soft_tissue(d, f)
    plantar_regions(d, f, o)
    d.write(directory)
    return d


# The dorsal view

def dorsal_base(d, f, o):
    P = f.all
    d._claim("skin")
    d.base.append(f'    <path id="skin" d="{o.whole()}" fill="{SKIN}"/>')
    # The sides of the leg, turned from the viewer.
    for side in ([(-7.1, 3.95), (-3.0, 3.35), (2.0, 3.32), (4.9, 3.95), (4.4, 3.1), (1.5, 2.55),
                  (-3.0, 2.65), (-7.1, 3.2)],
                 [(-7.1, -4.5), (-3.0, -3.82), (2.0, -3.68), (4.6, -4.38), (4.2, -3.6), (1.5, -3.0),
                  (-3.0, -3.15), (-7.1, -3.7)]):
        d.base.append(filled(path(spline(P(side), closed=True)), SKIN_SHADE))
    for index, (base, tip, y, half) in enumerate(TOES):
        nail = [(tip - 0.25, y), (tip - 0.45, y + half * 0.6), (tip - 1.3 - half * 0.3, y + half * 0.62),
                (tip - 1.45 - half * 0.3, y), (tip - 1.3 - half * 0.3, y - half * 0.62),
                (tip - 0.45, y - half * 0.6)]
        d.base.append(filled(path(spline(P(nail), closed=True)), NAIL,
                             f' stroke="{SKIN_LINE}" stroke-width="0.8"'))
    d.base.append(f'    <path d="{o.whole()}" fill="none" stroke="{SKIN_LINE}" '
                  f'stroke-width="2.2" stroke-linejoin="round"/>')


def dorsal_bones(d, f):
    P = f.all
    foot_bones(d, f, from_below=False)
    fibula = [(-7.12, -2.5), (-2.0, -2.55), (2.0, -2.5), (4.5, -2.55), (6.3, -2.55), (7.45, -2.88),
              (7.82, -3.3), (7.3, -3.85), (5.5, -4.08), (3.5, -3.92), (1.0, -3.5), (-2.0, -3.45),
              (-7.12, -3.55)]
    lateral = [(3.6, -2.5), (6.3, -2.55), (7.45, -2.88), (7.82, -3.3), (7.3, -3.85), (5.5, -4.08),
               (3.5, -3.92)]
    d.bone("fibula", P(fibula), cut=True, parts=[
        d.sub_bone("lateral-malleolus", P(lateral), outline=False, tone="#fbf7ec", clip="clip-fibula"),
    ], anchor=f((-4.0, -3.0)))
    d.anchor("lateral-malleolus", f((6.3, -3.35)))
    tibia = [(-7.12, -0.85), (-3.0, -0.95), (1.0, -1.5), (3.5, -2.3), (4.9, -2.22), (5.3, -1.0),
             (5.35, 0.6), (5.12, 2.0), (5.9, 2.3), (6.72, 2.72), (6.85, 3.18), (6.3, 3.72),
             (4.5, 3.85), (2.5, 3.3), (0.0, 2.4), (-3.0, 1.95), (-7.12, 1.85)]
    medial = [(5.12, 2.0), (5.9, 2.3), (6.72, 2.72), (6.85, 3.18), (6.3, 3.72), (4.5, 3.85), (4.2, 2.7)]
    d.bone("tibia", P(tibia), cut=True, parts=[
        d.sub_bone("medial-malleolus", P(medial), outline=False, tone="#fbf7ec", clip="clip-tibia"),
    ], anchor=f((-3.5, 0.5)))
    d.anchor("medial-malleolus", f((5.8, 3.2)))


def dorsal_soft_tissue(d, f):
    P = f.all
    w = f.length
    # The front of the leg: tibialis anterior beside the shin, extensor
    # hallucis longus appearing between it and extensor digitorum longus.
    d.muscle("extensor-hallucis-longus",
             P([(-6.2, -1.45), (-3.0, -1.4), (-0.6, -1.25)]),
             P([(-6.2, -2.45), (-3.0, -2.35), (-0.6, -1.8)]), fibres=2, anchor=f((-3.5, -1.9)))
    d.muscle("tibialis-anterior",
             P([(-7.1, -0.95), (-4.0, -0.9), (-1.4, -0.75)]),
             P([(-7.1, -2.0), (-4.0, -1.85), (-1.4, -1.25)]), fibres=3, anchor=f((-5.5, -1.4)),
             cut=True)
    d.muscle("extensor-digitorum-longus",
             P([(-7.1, -2.45), (-4.0, -2.45), (-0.8, -2.05)]),
             P([(-7.1, -3.5), (-4.0, -3.45), (-0.8, -2.75)]), fibres=3, anchor=f((-5.0, -3.0)),
             cut=True)
    d.tendon("tibialis-anterior-tendon",
             P([(-1.8, -1.0), (1.5, -0.5), (4.5, 0.75), (7.0, 1.9), (9.5, 2.75), (11.5, 3.25),
                (12.4, 3.42)]),
             [w(x) for x in (0.7, 0.68, 0.62, 0.6, 0.6, 0.62, 0.7)], anchor=f((4.5, 0.75)))
    d.tendon("extensor-hallucis-longus-tendon",
             P([(-1.0, -1.52), (2.0, -1.15), (5.0, -0.1), (8.0, 1.35), (11.0, 2.35), (14.0, 2.85),
                (17.0, 3.12), (19.8, 3.28), (22.5, 3.28), (24.2, 3.25)]),
             [w(x) for x in (0.5, 0.48, 0.46, 0.45, 0.45, 0.45, 0.45, 0.42, 0.4, 0.4)],
             anchor=f((14.0, 2.85)))
    common = [(-1.2, -2.4), (2.0, -2.2), (5.0, -1.82), (6.8, -1.62)]
    toes = {
        2: [(10.0, -0.55), (14.0, 0.42), (17.5, 0.96), (20.5, 1.0), (24.0, 0.98)],
        3: [(10.0, -1.15), (14.0, -0.85), (17.5, -0.8), (20.2, -0.85), (23.2, -0.85)],
        4: [(10.0, -1.8), (14.0, -2.0), (17.0, -2.4), (19.7, -2.55), (22.1, -2.55)],
        5: [(10.0, -2.3), (13.5, -3.0), (16.3, -3.85), (19.2, -4.05), (20.8, -4.05)],
    }
    d.tendon("extensor-digitorum-longus-tendons", P(common + toes[2]),
             [w(0.55)] * 4 + [w(0.34)] * 5,
             branches=[(P(common[-1:] + toes[k]), [w(0.34)] * 6) for k in (3, 4, 5)],
             anchor=f((12.0, -1.0)))
    d.tendon("fibularis-brevis-tendon", P([(7.6, -3.5), (9.4, -3.72), (11.0, -4.05)]),
             [w(0.45), w(0.45), w(0.5)], anchor=f((9.4, -3.72)))

    # The extensor retinacula: the superior band across the leg, and the
    # Y of the inferior one, its stem from the outer side.
    d.bands("extensor-retinaculum", [
        (P([(0.4, 2.75), (1.95, 2.95)]), P([(0.4, -3.55), (1.95, -3.55)])),
        (P([(6.4, -3.55), (7.6, -3.65)]), P([(6.6, -0.7), (7.7, -0.9)])),
        (P([(6.6, -0.7), (7.0, -0.8)]), P([(5.4, 2.9), (6.0, 3.1)])),
        (P([(7.0, -0.8), (7.7, -0.9)]), P([(9.9, 3.1), (10.7, 3.25)])),
    ], anchor=f((1.2, -0.3)))

    # The anterior tibial artery becomes the dorsalis pedis at the ankle,
    # between the tendons of extensor hallucis longus and extensor digitorum
    # longus, with the deep fibular nerve beside it.
    deep = [(name,) + UNDER_MUSCLE for name in ("tibialis-anterior", "extensor-hallucis-longus",
                                                 "extensor-digitorum-longus")]
    d.cable("arteries", "anterior-tibial-artery",
            P([(-6.85, -1.38), (-3.0, -1.32), (1.0, -0.95), (3.5, -0.55), (5.2, -0.3)]), 6.0,
            anchor=f((3.5, -0.55)), under=deep)
    d.cable("arteries", "dorsalis-pedis-artery",
            P([(5.2, -0.3), (7.5, 0.1), (10.0, 0.75), (12.5, 1.45), (14.0, 1.9), (17.5, 2.15),
               (20.6, 2.05)]), 6.0, anchor=f((10.0, 0.75)))
    d.cable("nerves", "deep-fibular-nerve",
            P([(-6.85, -1.88), (-3.0, -1.8), (1.0, -1.4), (3.5, -1.0), (5.2, -0.85), (7.5, -0.4),
               (10.0, 0.22), (12.5, 0.95), (15.0, 1.55), (18.0, 1.95), (21.0, 2.0)]), 5.4,
            anchor=f((12.5, 0.95)), under=deep)
    d.cable("nerves", "superficial-fibular-nerve",
            P([(-4.5, -3.3), (-1.0, -2.95), (2.5, -2.5), (5.5, -1.95), (9.0, -1.9), (13.5, -1.6),
               (17.5, -1.55), (20.2, -1.7)]), 5.4,
            branches=[(P([(5.5, -1.95), (8.2, 0.6), (11.0, 3.0), (15.5, 4.0), (19.5, 4.35),
                          (23.0, 4.3)]), 5.0),
                      (P([(13.5, -1.6), (17.0, -2.9), (19.2, -3.25)]), 5.0)],
            anchor=f((-1.0, -2.95)))
    d.cable("nerves", "sural-nerve", P([(8.6, -3.4), (12.5, -3.95), (16.5, -4.35), (20.0, -4.5)]), 5.2,
            anchor=f((12.5, -3.95)))
    arch = [(16.6, -4.25), (16.1, -2.5), (15.6, 0.0), (15.3, 2.1), (14.6, 3.4)]
    d.cable("veins", "dorsal-venous-arch", P(arch), 5.4, anchor=f((15.6, 0.0)))
    d.cable("veins", "great-saphenous-vein",
            P([(14.6, 3.4), (11.5, 3.38), (8.5, 3.0), (6.0, 2.55), (3.0, 2.85), (0.0, 2.95),
               (-3.5, 2.9), (-6.85, 3.3)]), 6.0, anchor=f((-1.5, 2.95)))
    d.cable("veins", "small-saphenous-vein", P([(16.6, -4.25), (12.5, -4.15), (9.5, -3.62),
                                                  (8.1, -3.4)]), 6.0, anchor=f((12.5, -4.15)))


def dorsal_regions(d, f, o):
    P = f.all
    e_front = spline(P([o_at("arch_back"), (8.8, 0.0), o_at("lateral_cuboid")]))
    e_back = spline(P([LEG["ankle_lateral_top"], (2.4, 0.0), LEG["ankle_medial_top"]]))
    ankle = path(o.edge("ankle_medial_top", "arch_back"), e_front,
                 o.edge("lateral_cuboid", "ankle_lateral_top"), e_back)
    d.region("toes", toe_regions(o), f((23.2, 0.96)), (240, 52))
    d.region("ankle", ankle, f((6.0, 0.2)), (150, 330))


LEG = dict(with_leg(footprint()))


def build_dorsal(directory):
    f = DORSAL
    d = Drawing("dorsal", "Right foot, seen from above",
                "The top of a right foot seen from above, toes up and the big toe on the left, "
                "with the front of the lower leg below the ankle: the 26 bones of the foot, the "
                "extensor tendons under the extensor retinaculum, the dorsalis pedis artery with "
                "the deep fibular nerve, the superficial nerves and the saphenous veins.")
    o = Outline([(name, f(point)) for name, point in with_leg(footprint())],
                straight={"cut_lateral", "cut_1", "cut_2", "cut_3"})
    dorsal_base(d, f, o)
    dorsal_bones(d, f)
    dorsal_soft_tissue(d, f)
    dorsal_regions(d, f, o)
    d.write(directory)
    return d
