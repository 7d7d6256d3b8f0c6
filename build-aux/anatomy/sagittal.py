"""The two side views of the right foot: medial (inner side) and lateral.

Landmarks are in centimetres in the foot's frame: x forward from the back
of the heel, z up from the ground, for an adult foot 26 cm long. Seen from
the inner side the toes point to the viewer's left, so the medial view maps
x to the left; the lateral view is seen from the other side and maps x to
the right. The skin silhouette is the same outline, mirrored, as a
projection is.
"""

from geometry import Frame, Outline, path, reverse, spline
from svg import (NAIL, SKIN, SKIN_DEEP, SKIN_LINE, SKIN_SHADE, UNDER_BAND, UNDER_MUSCLE, Drawing,
                 filled, ground_shadow, stroked)

SCALE = 19.0
GROUND = 545.0
MEDIAL = Frame(-SCALE, 0, 0, -SCALE, 632.0, GROUND)
LATERAL = Frame(SCALE, 0, 0, -SCALE, 168.0, GROUND)

# The skin, from the back of the calf at the cut, down and round the heel,
# along the sole to the tip of the big toe, back over the top of the foot
# and up the shin to the cut.
SKIN_POINTS = [
    ("top_back", (-3.3, 27.0)),
    ("calf_back", (-3.05, 23.0)),
    ("calf_low", (-2.25, 18.5)),
    ("achilles_top", (-1.15, 14.0)),
    ("achilles_mid", (-0.4, 10.0)),
    ("achilles_low", (-0.15, 7.4)),
    ("heel_top_back", (-0.2, 5.6)),
    ("heel_back", (-0.42, 3.3)),
    ("heel_back_low", (0.0, 1.5)),
    ("heel_bottom", (1.0, 0.3)),
    ("heel_sole", (2.6, 0.0)),
    ("heel_pad_front", (6.6, 0.12)),
    ("lateral_border", (10.5, 0.3)),
    ("lateral_ball", (15.5, 0.15)),
    ("lateral_mtp", (17.5, 0.06)),
    ("ball", (19.0, 0.0)),
    ("mtp_sole", (20.7, 0.15)),
    ("toe_pad", (23.3, 0.0)),
    ("toe_tip_low", (25.5, 0.4)),
    ("toe_tip", (26.0, 1.3)),
    ("toe_nail", (25.5, 2.25)),
    ("toe_top", (23.8, 2.75)),
    ("mtp_top", (21.0, 3.45)),
    ("dorsum_low", (17.5, 4.55)),
    ("dorsum_mid", (14.0, 5.85)),
    ("dorsum_instep", (11.3, 6.9)),
    ("dorsum_high", (9.6, 7.6)),
    ("ankle_crease", (8.55, 8.5)),
    ("ankle_front", (8.2, 10.2)),
    ("shin_low", (8.15, 13.5)),
    ("shin_mid", (8.3, 20.0)),
    ("top_front", (8.45, 27.0)),
    ("cut_front", (6.0, 27.0)),
    ("top_tibia", (3.9, 27.0)),
    ("top_fibula", (2.3, 27.0)),
    ("cut_back", (0.2, 27.0)),
]

AT = dict(SKIN_POINTS)

# The raised inner border of the sole: the medial longitudinal arch, highest
# under the navicular; below it the outer border of the sole reaches the
# ground.
MEDIAL_ARCH = [(2.6, 0.0), (4.8, 0.16), (6.6, 0.75), (8.5, 1.35), (10.5, 1.62), (12.8, 1.42),
               (15.5, 0.86), (17.9, 0.24), (19.0, 0.0)]


CUT = {"top_front", "cut_front", "top_tibia", "top_fibula", "cut_back"}


def skin(frame):
    return Outline([(name, frame(point)) for name, point in SKIN_POINTS], straight=CUT)


def add_skin(drawing, frame, outline, arch):
    """The skin silhouette, the far side of the sole below the arch, and a
    toenail."""
    drawing.base.append(ground_shadow(frame((13.0, 0))[0], GROUND + 2, 15.2 * SCALE, 9))
    drawing._claim("skin")
    drawing.base.append(f'    <path id="skin" d="{outline.whole()}" fill="{SKIN}"/>')
    if arch:
        arch_line = spline(frame.all(MEDIAL_ARCH))
        sole = path(arch_line, reverse(outline.edge("heel_sole", "ball")))
        drawing.base.append(filled(sole, SKIN_DEEP))
        drawing.base.append(stroked(path(arch_line, closed=False), SKIN_LINE, 1.2,
                                    ' stroke-opacity="0.55"'))
    # The back of the calf and heel, turned from the light, a shade darker.
    back = [(-3.3, 26.65), (-3.05, 23.0), (-2.25, 18.5), (-1.15, 14.0), (-0.4, 10.0),
            (-0.15, 7.4), (-0.2, 5.6), (-0.42, 3.3), (0.0, 1.5), (1.0, 0.3), (1.6, 0.75),
            (0.75, 2.0), (0.45, 3.6), (0.55, 6.0), (0.5, 8.5), (0.2, 11.5), (-0.45, 14.5),
            (-1.4, 18.5), (-2.2, 23.0), (-2.4, 26.65)]
    drawing.base.append(filled(path(spline(frame.all(back), closed=True)), SKIN_SHADE))
    nail = [(24.2, 2.62), (25.0, 2.42), (25.55, 2.2), (25.3, 2.02), (24.6, 2.2), (24.1, 2.36)]
    drawing.base.append(filled(path(spline(frame.all(nail), closed=True)), NAIL,
                               f' stroke="{SKIN_LINE}" stroke-width="0.8"'))
    drawing.base.append(f'    <path d="{outline.whole()}" fill="none" stroke="{SKIN_LINE}" '
                        f'stroke-width="2.2" stroke-linejoin="round"/>')


# The medial view

def medial_bones(d, f):
    P = f.all
    # Behind the first ray, the second metatarsal shows above it.
    d.bone("metatarsal-2",
           P([(12.95, 5.95), (14.0, 5.58), (16.0, 4.8), (18.0, 3.85), (19.0, 3.35), (19.6, 2.95),
              (19.3, 2.5), (18.0, 3.0), (16.0, 3.8), (14.0, 4.5), (12.95, 4.8)]),
           anchor=f((15.0, 5.0)))

    # Calcaneus: the tuberosity at the back, the sustentaculum tali as a
    # shelf under the talus on the inner side.
    calcaneus = [(1.05, 5.25), (1.6, 5.32), (2.3, 4.98), (2.8, 4.72), (3.8, 4.62), (4.6, 4.55),
                 (5.6, 4.62), (6.6, 4.55), (7.1, 4.3), (7.8, 4.3), (8.55, 4.35), (8.88, 3.9),
                 (8.85, 2.9), (8.3, 2.45), (7.4, 2.28), (6.0, 2.12), (4.5, 1.8), (3.2, 1.28),
                 (2.2, 0.85), (1.4, 0.7), (0.72, 0.95), (0.32, 1.8), (0.25, 2.9), (0.4, 4.0),
                 (0.75, 4.8)]
    tuberosity = [(1.05, 5.25), (1.6, 5.32), (2.3, 4.98), (2.5, 3.2), (2.4, 0.92), (1.4, 0.7),
                  (0.72, 0.95), (0.32, 1.8), (0.25, 2.9), (0.4, 4.0), (0.75, 4.8)]
    sustentaculum = [(4.4, 4.45), (5.3, 4.64), (6.4, 4.62), (7.15, 4.36), (7.28, 4.0), (6.7, 3.7),
                     (5.6, 3.6), (4.7, 3.74), (4.3, 4.05)]
    d.bone("calcaneus", P(calcaneus), parts=[
        d.sub_bone("calcaneal-tuberosity", P(tuberosity), outline=False, clip="clip-calcaneus"),
        d.sub_bone("sustentaculum-tali", P(sustentaculum)),
    ], anchor=f((4.4, 2.4)))
    d.anchor("calcaneal-tuberosity", f((1.3, 2.4)))

    # Talus: the dome under the tibia, the neck and the head forward into
    # the navicular, the medial tubercle of the posterior process at the back.
    talus = [(2.05, 4.95), (2.2, 5.6), (2.55, 6.45), (3.2, 7.05), (4.2, 7.35), (5.3, 7.4),
             (6.3, 7.2), (6.9, 6.85), (7.4, 6.45), (8.0, 6.3), (8.6, 6.25), (9.15, 5.95),
             (9.5, 5.35), (9.45, 4.7), (9.1, 4.3), (8.55, 4.15), (7.9, 4.3), (7.2, 4.55),
             (6.3, 4.7), (5.2, 4.78), (4.1, 4.72), (3.0, 4.72), (2.4, 4.8)]
    d.bone("talus", P(talus), anchor=f((8.3, 5.3)))

    navicular = [(9.62, 6.05), (10.2, 6.4), (10.9, 6.3), (11.35, 5.8), (11.45, 4.9), (11.25, 4.1),
                 (10.8, 3.6), (10.2, 3.25), (9.6, 3.35), (9.3, 3.75), (9.42, 4.25), (9.62, 4.7),
                 (9.68, 5.4)]
    tuberosity = [(9.42, 4.25), (9.3, 3.75), (9.6, 3.35), (10.2, 3.25), (10.8, 3.6), (10.95, 4.0),
                  (10.3, 4.3), (9.7, 4.45)]
    d.bone("navicular", P(navicular), parts=[d.sub_bone("navicular-tuberosity", P(tuberosity))],
           anchor=f((10.5, 5.4)))

    cuneiform = [(11.58, 6.05), (12.5, 6.05), (13.4, 5.72), (13.62, 4.8), (13.56, 3.6), (13.35, 2.72),
                 (12.7, 2.32), (11.95, 2.45), (11.58, 3.1), (11.48, 4.2), (11.52, 5.3)]
    d.bone("medial-cuneiform", P(cuneiform), anchor=f((12.55, 4.3)))

    metatarsal = [(13.78, 5.35), (14.5, 5.15), (15.8, 4.45), (17.2, 3.75), (18.4, 3.25), (19.1, 3.15),
                  (19.85, 2.95), (20.4, 2.4), (20.55, 1.75), (20.3, 1.1), (19.7, 0.85), (19.0, 0.98),
                  (18.4, 1.4), (17.0, 1.95), (15.4, 2.3), (14.4, 2.25), (13.85, 2.55), (13.72, 3.3),
                  (13.72, 4.5)]
    d.bone("metatarsal-1", P(metatarsal), anchor=f((16.3, 3.15)))

    sesamoid = [(18.85, 0.78), (19.3, 1.05), (19.8, 0.92), (19.85, 0.55), (19.35, 0.42), (18.95, 0.5)]
    d.bone("sesamoids", P(sesamoid), anchor=f((19.35, 0.72)))

    proximal = [(20.78, 2.8), (21.5, 2.62), (22.4, 2.38), (23.2, 2.42), (23.62, 2.18), (23.66, 1.5),
                (23.2, 1.22), (22.4, 1.36), (21.5, 1.2), (20.8, 1.1), (20.95, 1.95)]
    distal = [(23.88, 2.3), (24.6, 2.12), (25.3, 1.96), (25.62, 1.65), (25.42, 1.2), (24.7, 1.12),
              (24.0, 1.2), (23.82, 1.75)]
    d.bone_set("phalanges-1", [P(proximal), P(distal)], f((22.2, 1.9)))

    # The tibia, ending in the medial malleolus over the talus.
    tibia = [(3.92, 26.95), (4.05, 20.0), (4.1, 15.0), (3.8, 12.0), (3.2, 9.6), (2.85, 8.5),
             (3.0, 7.9), (3.3, 7.1), (3.85, 6.3), (4.5, 5.75), (5.1, 5.55), (5.75, 5.7),
             (6.3, 6.4), (6.9, 7.4), (7.55, 7.75), (7.75, 8.4), (7.35, 9.8), (6.95, 12.0),
             (6.75, 15.0), (6.75, 20.0), (6.88, 26.95)]
    malleolus = [(3.0, 7.9), (3.3, 7.1), (3.85, 6.3), (4.5, 5.75), (5.1, 5.55), (5.75, 5.7),
                 (6.3, 6.4), (6.9, 7.4), (6.2, 8.05), (4.8, 8.3), (3.6, 8.25)]
    d.bone("tibia", P(tibia), tension=0.9, cut=True, parts=[
        d.sub_bone("medial-malleolus", P(malleolus), outline=False, tone="#fbf7ec",
                   clip="clip-tibia"),
    ], anchor=f((5.4, 18.0)))
    d.anchor("medial-malleolus", f((4.9, 6.7)))


# The tarsal tunnel: the flexor retinaculum spans from the back of the medial
# malleolus (T1 to T2) down and back to the calcaneus (T4 to T3).
T1, T2, T3, T4 = (3.05, 7.5), (5.3, 5.45), (2.7, 1.6), (0.6, 4.55)
T_MALLEOLUS = (4.2, 6.45)
T_CALCANEUS = (1.6, 3.05)


def offset(points, distance):
    """A polyline beside points, distance centimetres to the left of its
    direction."""
    import math
    result = []
    for i, point in enumerate(points):
        before = points[max(i - 1, 0)]
        after = points[min(i + 1, len(points) - 1)]
        dx, dy = after[0] - before[0], after[1] - before[1]
        length = math.hypot(dx, dy) or 1.0
        result.append((point[0] - dy / length * distance, point[1] + dx / length * distance))
    return result


def medial_soft_tissue(d, f):
    P = f.all
    w = f.length
    # Deep flexors, from the front of the tunnel to the back: tibialis
    # posterior, flexor digitorum longus, (vessels, nerve), flexor hallucis
    # longus. They leave the calf from under the soleus.
    d.tendon("tibialis-posterior-tendon",
             P([(3.55, 14.5), (3.35, 10.5), (3.05, 8.3), (3.08, 6.9), (3.44, 5.85), (4.3, 5.05),
                (5.6, 4.78), (7.0, 4.6), (8.4, 4.3), (9.6, 3.9)]),
             [w(x) for x in (0.6, 0.58, 0.56, 0.55, 0.55, 0.55, 0.55, 0.55, 0.58, 0.7)],
             anchor=f((7.0, 4.6)))
    d.tendon("flexor-digitorum-longus-tendon",
             P([(3.05, 14.5), (2.8, 10.5), (2.52, 8.2), (2.6, 6.6), (3.1, 5.42), (3.95, 4.62),
                (5.3, 4.08), (6.8, 3.6), (8.4, 3.12), (10.0, 2.75), (11.6, 2.5)]),
             [w(x) for x in (0.5, 0.48, 0.46, 0.45, 0.45, 0.45, 0.45, 0.45, 0.45, 0.42, 0.3)],
             anchor=f((5.3, 4.08)))
    d.tendon("flexor-hallucis-longus-tendon",
             P([(1.35, 12.8), (1.2, 10.0), (1.2, 7.5), (1.3, 5.4), (1.62, 3.5), (2.9, 3.28),
                (4.6, 3.3), (6.3, 3.3), (8.2, 3.02), (10.5, 2.78), (13.0, 2.5), (15.5, 2.05),
                (17.6, 1.45), (19.3, 0.78), (21.5, 0.86), (23.3, 1.04), (24.1, 1.18)]),
             [w(x) for x in (0.55, 0.5, 0.48, 0.46, 0.46, 0.46, 0.46, 0.46, 0.45, 0.45, 0.45,
                             0.45, 0.45, 0.45, 0.42, 0.4, 0.4)],
             anchor=f((1.25, 6.2)))
    d.tendon("extensor-hallucis-longus-tendon",
             P([(7.7, 12.5), (7.85, 9.7), (8.6, 7.9), (10.3, 6.9), (12.8, 5.9), (15.5, 4.9),
                (18.2, 3.9), (20.6, 3.15), (22.6, 2.6), (24.2, 2.3)]),
             [w(x) for x in (0.45,) * 10], anchor=f((15.5, 4.9)))

    # The calf: soleus deep, the medial head of gastrocnemius over it, and
    # the Achilles tendon they share.
    d.muscle("soleus",
             P([(-2.0, 26.9), (-1.9, 22.0), (-1.15, 17.5), (-0.35, 13.8), (0.35, 10.6), (0.8, 8.7)]),
             P([(3.75, 26.9), (3.7, 22.0), (3.45, 17.5), (2.95, 13.6), (2.15, 10.7), (1.25, 8.45)]),
             fibres=6, anchor=f((2.3, 15.0)), cut=True)
    d.muscle("gastrocnemius",
             P([(-3.05, 26.9), (-2.85, 23.0), (-2.1, 19.2), (-1.35, 16.6)]),
             P([(1.9, 26.9), (1.8, 23.0), (0.95, 19.2), (-0.4, 16.4)]),
             fibres=5, anchor=f((-1.0, 22.5)), cut=True)
    d.tendon("achilles-tendon",
             P([(-1.0, 17.4), (-0.62, 14.5), (-0.1, 11.5), (0.25, 8.5), (0.35, 6.5), (0.3, 5.0),
                (0.2, 3.9), (0.28, 2.9)]),
             [w(x) for x in (0.3, 0.9, 0.8, 0.66, 0.6, 0.62, 0.64, 0.72)], anchor=f((0.3, 7.5)))

    # The sole: abductor hallucis along the inner border, with its tendon to
    # the big toe, and the plantar fascia beneath it.
    d.muscle("abductor-hallucis",
             P([(1.7, 2.5), (3.3, 3.0), (5.3, 3.3), (7.5, 3.4), (9.5, 3.3), (11.5, 3.0), (13.5, 2.6),
                (15.5, 2.2), (17.3, 1.85)]),
             P([(1.5, 0.95), (3.3, 0.8), (5.0, 1.02), (7.0, 1.56), (9.0, 1.98), (11.0, 2.12),
                (13.5, 1.95), (15.5, 1.52), (17.3, 1.2)]),
             fibres=4, anchor=f((7.5, 2.5)),
             tendons=[(P([(16.8, 1.55), (18.6, 1.35), (20.0, 1.3), (21.0, 1.4)]),
                       [w(x) for x in (0.42, 0.42, 0.4, 0.36)])])
    d.tendon("plantar-fascia",
             P([(1.5, 0.62), (3.5, 0.44), (5.3, 0.62), (7.2, 1.14), (9.0, 1.68), (10.8, 1.88),
                (12.8, 1.7), (15.0, 1.2), (17.2, 0.64), (19.2, 0.4), (20.9, 0.46)]),
             [w(x) for x in (0.5, 0.4, 0.32, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.28, 0.26)],
             anchor=f((12.8, 1.7)))
    d.tendon("tibialis-anterior-tendon",
             P([(7.55, 14.5), (7.65, 11.0), (7.8, 9.2), (8.2, 8.0), (9.3, 6.85), (10.5, 6.0),
                (11.5, 5.0), (12.1, 4.1), (12.55, 3.3)]),
             [w(x) for x in (0.75, 0.7, 0.62, 0.6, 0.6, 0.6, 0.6, 0.62, 0.7)],
             anchor=f((10.5, 6.05)))

    # The retinacula, bands over the tendons.
    d.band("flexor-retinaculum", P([T1, T_MALLEOLUS, T2]), P([T4, T_CALCANEUS, T3]), fibres=7,
           anchor=f((2.6, 4.2)))
    d.bands("extensor-retinaculum", [
        (P([(6.8, 12.4), (6.95, 10.9)]), P([(8.02, 12.7), (8.08, 11.1)])),
        (P([(8.25, 9.05), (8.45, 8.3)]), P([(6.75, 7.75), (6.35, 6.95)])),
    ], anchor=f((7.45, 11.75)))

    # Arteries and veins: the posterior tibial artery between its two veins,
    # dividing under abductor hallucis into the plantar arteries.
    artery = [(2.45, 26.65), (2.45, 20.0), (2.35, 14.0), (2.2, 10.5), (2.05, 8.0), (2.1, 6.3),
              (2.54, 4.71), (3.0, 3.95), (3.6, 3.35)]
    deep = [("soleus",) + UNDER_MUSCLE, ("flexor-retinaculum",) + UNDER_BAND]
    d.cable("arteries", "posterior-tibial-artery", P(artery), 6.2, anchor=f((2.54, 4.71)), under=deep)
    d.cable("arteries", "medial-plantar-artery",
            P([(3.6, 3.35), (5.0, 2.9), (7.5, 2.6), (10.0, 2.35), (12.5, 2.12), (15.0, 1.74),
               (17.2, 1.4)]), 5.2, anchor=f((10.0, 2.35)))
    d.cable("arteries", "lateral-plantar-artery",
            P([(3.6, 3.35), (4.7, 2.75), (6.2, 2.45), (7.8, 2.3)]), 5.2, anchor=f((5.4, 2.6)))
    veins = artery[:-1] + [(3.3, 3.7)]
    d.cable("veins", "posterior-tibial-veins", P(offset(veins, 0.45)), 5.0,
            branches=[(P(offset(veins, -0.45)), 5.0)], anchor=f(offset(veins, 0.45)[6]), under=deep)
    d.cable("veins", "great-saphenous-vein",
            P([(17.6, 3.95), (14.5, 5.0), (11.5, 6.0), (9.1, 6.9), (7.3, 7.3), (6.6, 9.5),
               (5.9, 13.0), (5.0, 18.0), (4.4, 23.0), (4.1, 26.65)]), 6.0, anchor=f((7.3, 7.3)))

    # The tibial nerve, behind the artery, divides in the tunnel into the
    # plantar nerves; its medial calcaneal branch pierces the retinaculum to
    # the skin of the heel.
    d.cable("nerves", "tibial-nerve",
            P([(1.85, 26.65), (1.85, 20.0), (1.75, 14.0), (1.55, 10.0), (1.45, 7.5), (1.6, 5.6),
               (1.98, 4.0), (2.4, 3.4), (2.9, 3.0)]), 6.4, anchor=f((1.55, 9.0)), under=deep)
    d.cable("nerves", "medial-plantar-nerve",
            P([(2.9, 3.0), (4.5, 2.55), (7.0, 2.22), (9.5, 1.98), (12.0, 1.78), (14.5, 1.48),
               (17.0, 1.22), (19.5, 1.3), (22.0, 1.45), (24.2, 1.5)]), 5.2, anchor=f((9.5, 1.98)))
    d.cable("nerves", "lateral-plantar-nerve",
            P([(2.9, 3.0), (4.0, 2.3), (5.4, 1.95), (7.2, 1.8)]), 5.2, anchor=f((4.6, 2.1)))
    d.cable("nerves", "calcaneal-branch",
            P([(1.5, 6.2), (1.05, 4.6), (0.85, 3.1), (1.05, 1.6)]), 5.0,
            branches=[(P([(0.9, 3.3), (1.6, 2.3), (2.2, 1.4)]), 5.0)], anchor=f((0.9, 3.0)),
            under=deep[1:])


def medial_regions(d, f, o):
    P = f.all
    j1 = (3.45, 10.2)
    e_mall = spline(P([T1, T_MALLEOLUS, T2]))
    e_low = spline(P([T2, (3.8, 3.4), T3]))
    e_calc = spline(P([T3, T_CALCANEUS, T4]))
    e_up = spline(P([T4, (2.1, 6.1), T1]))
    e_j3t4 = spline(P([AT["heel_top_back"], (0.3, 5.05), T4]))
    e_t4j1 = spline(P([T4, (1.35, 7.0), (2.4, 8.9), j1]))
    e_j1f1 = spline(P([j1, (5.8, 10.35), AT["ankle_front"]]))
    e_j1top = spline(P([j1, (3.85, 12.0), (4.05, 15.0), (3.98, 20.0), AT["top_tibia"]]))
    e_f2t2 = spline(P([AT["dorsum_high"], (7.6, 6.05), T2]))
    e_h1t3 = spline(P([AT["heel_pad_front"], (4.5, 1.15), T3]))
    e_toes = spline(P([AT["mtp_sole"], (20.75, 1.8), AT["mtp_top"]]))
    d.region("toes", path(o.edge("mtp_sole", "mtp_top"), reverse(e_toes)), f((23.0, 1.75)),
             (58, 470))
    d.region("arch", path(o.edge("heel_pad_front", "mtp_sole"), e_toes, o.edge("mtp_top", "dorsum_high"),
                          e_f2t2, e_low, reverse(e_h1t3)), f((12.0, 3.6)), (380, 590))
    d.region("heel", path(o.edge("heel_top_back", "heel_pad_front"), e_h1t3, e_calc, reverse(e_j3t4)),
             f((1.5, 1.8)), (745, 570))
    d.region("tarsal-tunnel", path(e_mall, e_low, e_calc, e_up), f((2.5, 4.4)), (750, 470))
    d.region("ankle", path(reverse(o.edge("dorsum_high", "ankle_front")), e_f2t2, reverse(e_mall),
                           reverse(e_up), e_t4j1, e_j1f1), f((4.9, 6.6)), (420, 330))
    d.region("lower-calf", path(o.edge("top_tibia", "heel_top_back"), e_j3t4, e_t4j1, e_j1top),
             f((0.6, 15.5)), (752, 250))


def build_medial(directory):
    f = MEDIAL
    d = Drawing("medial", "Right foot, seen from the inner side",
                "The inner (medial) side of a right foot and lower leg, toes to the left: the "
                "bones of the inner arch, the medial malleolus, the tarsal tunnel under the "
                "flexor retinaculum with its tendons, vessels and nerve, the calf muscles and "
                "the Achilles tendon.")
    outline = skin(f)
    add_skin(d, f, outline, arch=True)
    medial_bones(d, f)
    medial_soft_tissue(d, f)
    medial_regions(d, f, outline)
    d.write(directory)
    return d


# The lateral view

def lateral_base(d, f, o):
    """The skin, the outer toes in front of the others, and the sole."""
    P = f.all
    d.base.append(ground_shadow(f((13.0, 0))[0], GROUND + 2, 15.2 * SCALE, 9))
    d._claim("skin")
    d.base.append(f'    <path id="skin" d="{o.whole()}" fill="{SKIN}"/>')
    back = [(-3.3, 26.65), (-3.05, 23.0), (-2.25, 18.5), (-1.15, 14.0), (-0.4, 10.0),
            (-0.15, 7.4), (-0.2, 5.6), (-0.42, 3.3), (0.0, 1.5), (1.0, 0.3), (1.6, 0.75),
            (0.75, 2.0), (0.45, 3.6), (0.55, 6.0), (0.5, 8.5), (0.2, 11.5), (-0.45, 14.5),
            (-1.4, 18.5), (-2.2, 23.0), (-2.4, 26.65)]
    d.base.append(filled(path(spline(P(back), closed=True)), SKIN_SHADE))
    # The outer border of the sole, which bears weight from heel to little toe.
    sole = [(1.0, 0.3), (2.6, 0.0), (6.6, 0.12), (10.5, 0.3), (15.5, 0.15), (17.5, 0.06),
            (17.2, 0.45), (13.0, 0.62), (8.0, 0.62), (4.0, 0.55), (1.8, 0.7)]
    d.base.append(filled(path(spline(P(sole), closed=True)), SKIN_SHADE))
    # The toes, from the far ones to the little toe nearest the viewer.
    toes = [
        [(18.6, 3.7), (21.5, 3.2), (24.0, 2.75), (25.4, 2.3), (25.75, 1.4), (25.2, 0.55),
         (23.4, 0.15), (20.5, 0.35), (18.8, 1.2)],
        [(18.2, 3.3), (20.5, 2.95), (22.5, 2.55), (23.75, 2.05), (23.8, 1.2), (23.2, 0.5),
         (21.8, 0.25), (19.5, 0.35), (18.3, 1.0)],
        [(17.8, 2.6), (19.5, 2.42), (21.3, 2.05), (22.45, 1.6), (22.5, 0.9), (21.9, 0.35),
         (20.6, 0.15), (18.9, 0.25), (17.8, 0.8)],
        [(17.2, 1.95), (18.6, 1.9), (20.2, 1.62), (21.35, 1.25), (21.45, 0.7), (20.9, 0.22),
         (19.7, 0.08), (18.2, 0.12), (17.3, 0.55)],
    ]
    tones = [SKIN_SHADE, SKIN_SHADE, SKIN, SKIN]
    for points, tone in zip(toes, tones):
        d.base.append(filled(path(spline(P(points), closed=True)), tone,
                             f' stroke="{SKIN_LINE}" stroke-width="1.1" stroke-opacity="0.8"'))
    nails = [[(20.4, 1.85), (21.1, 1.6), (21.35, 1.3), (20.9, 1.3), (20.35, 1.55)],
             [(21.6, 2.45), (22.35, 2.15), (22.45, 1.8), (22.0, 1.9), (21.5, 2.15)]]
    for nail in nails:
        d.base.append(filled(path(spline(P(nail), closed=True)), NAIL,
                             f' stroke="{SKIN_LINE}" stroke-width="0.7"'))
    d.base.append(f'    <path d="{o.whole()}" fill="none" stroke="{SKIN_LINE}" '
                  f'stroke-width="2.2" stroke-linejoin="round"/>')


def lateral_bones(d, f):
    P = f.all
    tibia = [(3.92, 26.95), (4.05, 20.0), (4.1, 15.0), (3.8, 12.0), (3.25, 9.6),
             (2.8, 8.1), (3.0, 7.45), (4.5, 7.42), (6.2, 7.45), (7.6, 7.55), (7.75, 8.3),
             (7.35, 9.8), (6.95, 12.0), (6.75, 15.0), (6.75, 20.0), (6.88, 26.95)]
    d.bone("tibia", P(tibia), tension=0.9, cut=True, anchor=f((6.0, 18.0)))

    calcaneus = [(1.25, 5.4), (1.9, 5.15), (2.6, 4.72), (3.6, 4.55), (4.8, 4.45), (6.0, 4.0),
                 (7.1, 4.25), (8.0, 4.48), (8.6, 4.42), (8.85, 3.85), (8.78, 2.85), (8.15, 2.5),
                 (6.5, 1.95), (4.5, 1.4), (2.8, 1.0), (1.7, 0.78), (0.85, 1.0), (0.5, 2.0),
                 (0.45, 3.3), (0.7, 4.6)]
    tuberosity = [(0.5, 2.0), (0.45, 3.3), (0.7, 4.6), (1.25, 5.4), (1.9, 5.15), (2.3, 4.75),
                  (2.45, 3.0), (2.6, 1.1), (1.7, 0.78), (0.85, 1.0)]
    trochlea = [(4.9, 3.05), (5.6, 3.2), (6.4, 3.0), (6.0, 2.7), (5.2, 2.75)]
    d.bone("calcaneus", P(calcaneus), parts=[
        d.sub_bone("calcaneal-tuberosity", P(tuberosity), outline=False, clip="clip-calcaneus"),
        d.sub_bone("fibular-trochlea", P(trochlea)),
    ], anchor=f((4.0, 2.5)))

    talus = [(2.0, 5.0), (2.35, 6.1), (2.9, 6.95), (4.0, 7.3), (5.3, 7.35), (6.5, 7.05),
             (7.35, 6.55), (8.2, 6.35), (9.0, 6.0), (9.45, 5.2), (9.2, 4.4), (8.5, 4.15),
             (7.4, 4.5), (6.2, 4.85), (5.0, 4.7), (4.2, 4.4), (3.2, 4.7), (2.3, 4.75)]
    d.bone("talus", P(talus), anchor=f((7.3, 5.5)))

    cuneiform = [(10.75, 5.95), (11.7, 6.0), (12.65, 5.7), (12.75, 4.85), (12.0, 4.55), (11.1, 4.6),
                 (10.8, 5.2)]
    d.bone("lateral-cuneiform", P(cuneiform), anchor=f((11.75, 5.3)))
    cuboid = [(8.98, 4.25), (10.0, 4.6), (10.95, 4.35), (11.15, 3.3), (11.0, 2.35), (10.25, 1.88),
              (9.5, 1.98), (9.02, 2.6), (8.95, 3.4)]
    d.bone("cuboid", P(cuboid), anchor=f((10.0, 3.3)))

    metatarsal_4 = [(11.25, 4.45), (12.5, 4.2), (15.0, 3.3), (17.0, 2.62), (17.8, 2.58),
                    (18.35, 2.15), (18.3, 1.55), (17.8, 1.32), (17.1, 1.55), (15.0, 2.2),
                    (12.8, 2.9), (11.3, 3.05), (11.15, 3.7)]
    d.bone("metatarsal-4", P(metatarsal_4), anchor=f((14.2, 3.05)))
    metatarsal_5 = [(11.25, 3.2), (12.2, 3.02), (14.5, 2.32), (16.2, 1.75), (17.0, 1.72),
                    (17.55, 1.38), (17.6, 0.82), (17.15, 0.5), (16.4, 0.6), (14.5, 1.02),
                    (12.5, 1.35), (11.5, 1.15), (10.62, 1.0), (10.42, 1.45), (10.95, 2.25)]
    tuberosity = [(10.42, 1.45), (10.62, 1.0), (11.5, 1.15), (11.95, 1.5), (11.55, 2.1), (10.95, 2.25)]
    d.bone("metatarsal-5", P(metatarsal_5), parts=[
        d.sub_bone("metatarsal-5-tuberosity", P(tuberosity)),
    ], anchor=f((14.4, 1.7)))

    def phalanx(start, end, base, head):
        # A small long bone from start to end, base and head heights given.
        (x0, z0), (x1, z1) = start, end
        mx, mz = (x0 + x1) / 2, (z0 + z1) / 2
        waist = min(base, head) * 0.36
        return [(x0, z0 + base / 2), (mx, mz + waist), (x1, z1 + head / 2), (x1 + 0.12, z1),
                (x1, z1 - head / 2), (mx, mz - waist), (x0, z0 - base / 2), (x0 - 0.08, z0)]

    d.bone_set("phalanges-4", [
        P(phalanx((18.6, 1.95), (20.5, 1.6), 0.85, 0.62)),
        P(phalanx((20.7, 1.55), (21.65, 1.38), 0.55, 0.45)),
        P(phalanx((21.85, 1.32), (22.6, 1.15), 0.45, 0.38)),
    ], f((19.6, 1.78)))
    d.bone_set("phalanges-5", [
        P(phalanx((17.85, 1.05), (19.45, 0.82), 0.78, 0.55)),
        P(phalanx((19.62, 0.78), (20.35, 0.68), 0.5, 0.42)),
        P(phalanx((20.52, 0.65), (21.15, 0.6), 0.42, 0.34)),
    ], f((18.7, 0.94)))

    fibula = [(2.32, 26.95), (2.35, 20.0), (2.5, 14.0), (2.35, 11.0), (2.2, 8.5),
              (2.25, 6.8), (2.55, 5.3), (3.1, 4.5), (3.7, 4.42), (4.6, 5.4), (5.0, 6.8), (4.75, 8.2),
              (4.2, 10.5), (3.8, 14.0), (3.65, 20.0), (3.6, 26.95)]
    malleolus = [(2.2, 8.3), (2.25, 6.8), (2.55, 5.3), (3.1, 4.5), (3.7, 4.42), (4.6, 5.4),
                 (5.0, 6.8), (4.82, 8.05), (3.5, 8.45)]
    d.bone("fibula", P(fibula), tension=0.9, cut=True, parts=[
        d.sub_bone("lateral-malleolus", P(malleolus), outline=False, tone="#fbf7ec", clip="clip-fibula"),
    ], anchor=f((3.0, 18.0)))
    d.anchor("lateral-malleolus", f((3.6, 6.2)))


def lateral_soft_tissue(d, f):
    P = f.all
    w = f.length
    # The front of the leg: tibialis anterior and extensor digitorum longus.
    d.muscle("tibialis-anterior",
             P([(8.2, 26.9), (8.0, 22.0), (7.75, 17.0), (7.6, 13.8)]),
             P([(6.1, 26.9), (6.3, 22.0), (6.9, 17.0), (7.35, 13.9)]), fibres=3,
             anchor=f((7.2, 21.0)), cut=True)
    d.tendon("tibialis-anterior-tendon",
             P([(7.5, 14.6), (7.6, 11.0), (7.75, 9.2), (8.15, 8.0), (8.9, 7.2)]),
             [w(x) for x in (0.72, 0.7, 0.62, 0.6, 0.5)], anchor=f((7.58, 13.3)))
    d.muscle("extensor-digitorum-longus",
             P([(6.05, 26.9), (6.25, 22.0), (6.85, 17.0), (7.25, 13.5), (7.45, 11.6)]),
             P([(4.05, 26.9), (4.3, 22.0), (5.0, 17.0), (6.2, 13.0), (7.05, 11.2)]), fibres=4,
             anchor=f((5.4, 20.5)), cut=True)
    common = [(7.3, 12.0), (7.55, 10.0), (8.05, 8.3)]
    toes = {
        5: [(10.2, 6.2), (13.4, 4.2), (16.5, 2.5), (18.8, 1.75), (21.0, 1.15)],
        4: [(10.5, 6.5), (13.9, 4.75), (17.0, 3.25), (19.8, 2.35), (22.3, 1.65)],
        3: [(10.8, 6.65), (14.3, 5.05), (17.5, 3.75), (20.6, 2.75), (23.5, 2.0)],
        2: [(11.1, 6.7), (14.6, 5.3), (18.0, 4.05), (21.3, 3.0), (24.8, 2.2)],
    }
    first = common + toes[2]
    branches = [(P(common[-1:] + toes[k]), [w(0.32)] * (len(toes[k]) + 1)) for k in (3, 4, 5)]
    d.tendon("extensor-digitorum-longus-tendons", P(first), [w(0.42), w(0.42), w(0.36)] +
             [w(0.32)] * len(toes[2]), branches=branches, anchor=f((14.6, 5.3)))

    # The outer side: fibularis longus over fibularis brevis, their tendons
    # behind the lateral malleolus.
    d.muscle("fibularis-brevis",
             P([(4.2, 21.0), (4.3, 16.5), (3.65, 12.5), (2.6, 9.6)]),
             P([(2.9, 21.0), (2.05, 16.5), (1.85, 12.5), (2.15, 9.7)]), fibres=3,
             anchor=f((3.0, 12.6)))
    d.tendon("fibularis-brevis-tendon",
             P([(2.35, 10.6), (1.98, 7.6), (2.02, 5.9), (2.55, 4.35), (3.6, 3.65), (5.2, 3.32),
                (7.0, 2.98), (8.8, 2.38), (10.1, 1.78), (10.5, 1.55)]),
             [w(x) for x in (0.55, 0.48, 0.45, 0.45, 0.45, 0.45, 0.45, 0.45, 0.45, 0.5)],
             anchor=f((7.0, 2.98)))
    d.muscle("fibularis-longus",
             P([(4.15, 26.9), (4.15, 22.0), (3.35, 17.5), (2.15, 14.0)]),
             P([(1.9, 26.9), (1.55, 22.0), (1.4, 17.5), (1.6, 14.0)]), fibres=3,
             anchor=f((2.8, 22.0)), cut=True)
    d.tendon("fibularis-longus-tendon",
             P([(1.8, 15.0), (1.5, 11.5), (1.38, 8.5), (1.45, 5.7), (2.05, 3.95), (3.2, 3.05),
                (5.0, 2.52), (6.8, 2.22), (8.5, 1.95), (9.6, 1.75), (10.3, 1.7)]),
             [w(x) for x in (0.55, 0.5, 0.48, 0.47, 0.47, 0.47, 0.47, 0.47, 0.47, 0.45, 0.3)],
             anchor=f((1.42, 7.2)))

    # The calf: soleus, the lateral head of gastrocnemius, the Achilles tendon.
    d.muscle("soleus",
             P([(-2.0, 26.9), (-1.9, 22.0), (-1.15, 17.5), (-0.35, 13.8), (0.35, 10.6), (0.75, 8.7)]),
             P([(1.75, 26.9), (1.3, 22.0), (1.05, 17.5), (1.0, 13.6), (0.95, 10.7), (0.95, 8.6)]),
             fibres=4, anchor=f((0.3, 15.0)), cut=True)
    d.muscle("gastrocnemius",
             P([(-3.15, 26.9), (-2.95, 23.0), (-2.25, 20.4)]),
             P([(0.7, 26.9), (0.5, 23.0), (-0.95, 20.1)]), fibres=4, anchor=f((-1.2, 24.0)), cut=True)
    d.tendon("achilles-tendon",
             P([(-1.0, 17.4), (-0.62, 14.5), (-0.1, 11.5), (0.25, 8.5), (0.35, 6.5), (0.3, 5.0),
                (0.2, 3.9), (0.28, 2.9)]),
             [w(x) for x in (0.3, 0.9, 0.8, 0.66, 0.6, 0.62, 0.64, 0.72)], anchor=f((0.3, 7.5)))

    # The sole's outer border: abductor digiti minimi and the plantar fascia.
    d.muscle("abductor-digiti-minimi",
             P([(1.6, 2.1), (3.5, 2.2), (6.0, 2.0), (8.5, 1.62), (11.0, 1.18), (13.5, 0.98),
                (15.5, 0.88)]),
             P([(1.3, 0.75), (3.5, 0.52), (6.0, 0.48), (8.5, 0.52), (11.0, 0.55), (13.5, 0.5),
                (15.5, 0.48)]),
             fibres=3, anchor=f((6.0, 1.25)),
             tendons=[(P([(15.0, 0.7), (16.6, 0.66), (18.0, 0.72)]), [w(0.34)] * 3)])
    d.tendon("plantar-fascia",
             P([(1.4, 0.6), (3.5, 0.36), (6.0, 0.36), (8.5, 0.44), (10.6, 0.62)]),
             [w(x) for x in (0.45, 0.3, 0.26, 0.26, 0.24)], anchor=f((6.0, 0.36)))

    # The retinacula: the superior extensor band across the leg and the stem
    # of the inferior one, from the calcaneus to the front of the ankle.
    d.bands("extensor-retinaculum", [
        (P([(4.35, 12.5), (4.5, 10.7)]), P([(8.02, 12.7), (8.08, 10.9)])),
        (P([(6.55, 4.35), (7.6, 4.55)]), P([(8.1, 8.35), (9.25, 7.55)])),
    ], anchor=f((6.2, 11.6)))

    # The small saphenous vein and the sural nerve behind the lateral
    # malleolus; the superficial fibular nerve over the front of the ankle.
    sural = [(-0.6, 26.65), (-0.35, 20.0), (0.35, 14.0), (0.95, 10.0), (1.2, 7.2), (1.55, 5.0),
             (2.45, 3.55), (4.3, 2.95), (7.0, 2.65), (10.5, 2.45), (14.0, 2.05), (17.0, 1.5),
             (20.0, 1.05)]
    d.cable("veins", "small-saphenous-vein", P(offset(sural[:-1], -0.42)), 6.0,
            anchor=f(offset(sural, -0.42)[4]))
    d.cable("nerves", "sural-nerve", P(sural), 5.4, anchor=f((1.55, 5.0)))
    d.cable("nerves", "superficial-fibular-nerve",
            P([(3.6, 16.5), (4.7, 12.5), (6.4, 9.6), (8.4, 7.7), (11.0, 6.55), (14.5, 5.3),
               (18.0, 4.05), (21.0, 3.1)]), 5.4,
            branches=[(P([(8.4, 7.7), (10.8, 6.1), (14.0, 4.55), (17.5, 3.2), (20.0, 2.35)]), 5.0)],
            anchor=f((5.5, 11.0)))


def lateral_regions(d, f, o):
    P = f.all
    l1, l2, l3 = (1.9, 10.2), (1.6, 4.9), (5.6, 3.7)
    e_j3l2 = spline(P([AT["heel_top_back"], (0.7, 5.2), l2]))
    e_l2l1 = spline(P([l2, (1.2, 7.5), l1]))
    e_l1top = spline(P([l1, (2.3, 14.0), (2.35, 20.0), AT["top_fibula"]]))
    e_l1f1 = spline(P([l1, (5.0, 10.35), AT["ankle_front"]]))
    e_f2l3 = spline(P([AT["dorsum_high"], (7.4, 5.4), l3]))
    e_l3l2 = spline(P([l3, (3.5, 3.55), l2]))
    e_h1l3 = spline(P([AT["heel_pad_front"], (6.0, 1.8), l3]))
    e_toes = spline(P([AT["lateral_mtp"], (19.3, 1.6), AT["mtp_top"]]))
    d.region("toes", path(o.edge("lateral_mtp", "mtp_top"), reverse(e_toes)), f((19.8, 1.35)),
             (745, 470))
    d.region("heel", path(o.edge("heel_top_back", "heel_pad_front"), e_h1l3, e_l3l2, reverse(e_j3l2)),
             f((2.0, 2.2)), (55, 570))
    d.region("ankle", path(reverse(o.edge("dorsum_high", "ankle_front")), e_f2l3, e_l3l2, e_l2l1,
                           e_l1f1), f((3.6, 6.2)), (390, 300))
    d.region("lower-calf", path(o.edge("top_fibula", "heel_top_back"), e_j3l2, e_l2l1, e_l1top),
             f((-0.5, 15.5)), (48, 250))


def build_lateral(directory):
    f = LATERAL
    d = Drawing("lateral", "Right foot, seen from the outer side",
                "The outer (lateral) side of a right foot and lower leg, toes to the right: the "
                "fibula and the lateral malleolus, the calcaneus, cuboid and outer metatarsals, "
                "the fibularis tendons behind the malleolus, the extensor tendons, the calf "
                "muscles and the Achilles tendon, the sural nerve and the small saphenous vein.")
    outline = skin(f)
    lateral_base(d, f, outline)
    lateral_bones(d, f)
    lateral_soft_tissue(d, f)
    lateral_regions(d, f, outline)
    d.write(directory)
    return d
