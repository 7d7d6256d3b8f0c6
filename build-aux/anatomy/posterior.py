"""The right foot and lower leg seen from behind.

Landmarks are in centimetres: y toward the inner (medial) side, z up from
the ground. Seen from behind, the inner side of a right foot, with the big
toe, is on the viewer's left, so y maps to the left. The lateral malleolus
reaches about a centimetre lower than the medial one.
"""

from geometry import Frame, Outline, path, reverse, spline
from svg import (SKIN, SKIN_LINE, SKIN_SHADE, UNDER_BAND, UNDER_MUSCLE, Drawing, filled,
                 ground_shadow)

SCALE = 16.0
POSTERIOR = Frame(-SCALE, 0, 0, -SCALE, 400.0, 555.0)

SKIN_POINTS = [
    ("cut_medial", (5.35, 33.3)),
    ("calf_medial", (5.0, 27.0)),
    ("calf_medial_low", (3.9, 20.0)),
    ("leg_medial", (3.0, 13.0)),
    ("ankle_medial", (2.85, 9.5)),
    ("malleolus_medial", (3.45, 6.8)),
    ("below_malleolus_medial", (3.15, 4.6)),
    ("forefoot_medial_top", (3.7, 2.6)),
    ("forefoot_medial", (4.45, 1.3)),
    ("forefoot_medial_low", (4.3, 0.2)),
    ("heel_bottom", (0.0, -0.02)),
    ("forefoot_lateral_low", (-4.5, 0.2)),
    ("forefoot_lateral", (-4.65, 0.95)),
    ("forefoot_lateral_top", (-3.95, 1.9)),
    ("below_malleolus_lateral", (-3.3, 3.6)),
    ("malleolus_lateral", (-3.7, 5.6)),
    ("ankle_lateral", (-3.1, 9.0)),
    ("leg_lateral", (-3.0, 13.0)),
    ("calf_lateral_low", (-3.7, 20.0)),
    ("calf_lateral", (-4.6, 27.0)),
    ("cut_lateral", (-4.9, 33.3)),
    ("cut_2", (-2.0, 33.3)),
    ("cut_3", (0.5, 33.3)),
    ("cut_4", (3.0, 33.3)),
]
AT = dict(SKIN_POINTS)

# The back of the heel, in front of the wider forefoot that shows beside it.
HEEL = [AT["below_malleolus_medial"], (3.0, 3.0), (2.7, 1.25), (1.6, 0.12), (0.0, -0.02),
        (-1.6, 0.12), (-2.7, 1.2), (-2.95, 2.9), AT["below_malleolus_lateral"]]


def base(d, f, o):
    P = f.all
    d.base.append(ground_shadow(400, 557, 5.0 * SCALE, 6))
    d._claim("skin")
    d.base.append(f'    <path id="skin" d="{o.whole()}" fill="{SKIN_SHADE}"/>')
    leg = o.edge("cut_lateral", "below_malleolus_medial")
    heel = spline(P(HEEL))
    leg_rest = o.edge("below_malleolus_lateral", "cut_lateral")
    d.base.append(filled(path(leg, heel, leg_rest), SKIN))
    d.base.append(f'    <path d="{path(heel, closed=False)}" fill="none" stroke="{SKIN_LINE}" '
                  f'stroke-width="1.4" stroke-opacity="0.8"/>')
    d.base.append(f'    <path d="{o.whole()}" fill="none" stroke="{SKIN_LINE}" '
                  f'stroke-width="2.2" stroke-linejoin="round"/>')


def bones(d, f):
    P = f.all
    calcaneus = [(-1.4, 5.35), (0.0, 5.6), (1.4, 5.25), (1.9, 4.7), (2.45, 4.6), (2.9, 4.2),
                 (2.7, 3.7), (2.0, 3.65), (2.05, 2.4), (1.7, 1.2), (0.9, 0.75), (-0.5, 0.72),
                 (-1.5, 0.95), (-2.1, 1.8), (-2.2, 3.0), (-2.42, 3.6), (-2.2, 4.4)]
    sustentaculum = [(1.9, 4.7), (2.45, 4.6), (2.9, 4.2), (2.7, 3.7), (2.0, 3.65), (1.8, 4.15)]
    tuberosity = [(-1.4, 5.35), (0.0, 5.6), (1.4, 5.25), (1.95, 4.1), (2.05, 2.4), (1.7, 1.2),
                  (0.9, 0.75), (-0.5, 0.72), (-1.5, 0.95), (-2.1, 1.8), (-2.2, 3.0), (-2.2, 4.4)]
    d.bone("calcaneus", P(calcaneus), parts=[
        d.sub_bone("calcaneal-tuberosity", P(tuberosity), outline=False, clip="clip-calcaneus"),
        d.sub_bone("sustentaculum-tali", P(sustentaculum)),
    ], anchor=f((-1.2, 2.6)))
    talus = [(-1.6, 7.1), (0.0, 7.38), (1.7, 7.05), (1.82, 5.6), (1.2, 4.78), (0.2, 4.62),
             (-0.9, 4.72), (-1.7, 5.4)]
    d.bone("talus", P(talus), anchor=f((-0.9, 6.2)))
    fibula = [(-2.3, 33.2), (-2.3, 25.0), (-2.25, 16.0), (-2.05, 11.0), (-1.85, 8.8), (-1.75, 7.2),
              (-1.85, 5.6), (-2.3, 4.6), (-2.75, 4.35), (-3.25, 4.9), (-3.35, 6.6), (-2.95, 8.5),
              (-2.9, 11.0), (-3.05, 16.0), (-3.3, 25.0), (-3.35, 33.2)]
    lateral = [(-1.8, 8.4), (-1.75, 7.2), (-1.85, 5.6), (-2.3, 4.6), (-2.75, 4.35), (-3.25, 4.9),
               (-3.35, 6.6), (-3.0, 8.4), (-2.5, 8.7)]
    d.bone("fibula", P(fibula), tension=0.9, cut=True, parts=[
        d.sub_bone("lateral-malleolus", P(lateral), outline=False, tone="#fbf7ec", clip="clip-fibula"),
    ], anchor=f((-2.7, 20.0)))
    d.anchor("lateral-malleolus", f((-2.65, 5.6)))
    tibia = [(-0.75, 33.2), (-0.7, 25.0), (-0.75, 16.0), (-1.0, 11.5), (-1.55, 9.0), (-1.7, 7.6),
             (-0.3, 7.35), (1.2, 7.3), (1.85, 7.1), (1.9, 6.2), (2.2, 5.55), (2.75, 5.45), (3.1, 6.1),
             (3.05, 7.6), (2.7, 9.5), (2.2, 12.0), (2.0, 16.0), (2.0, 25.0), (2.05, 33.2)]
    medial = [(1.85, 7.1), (1.9, 6.2), (2.2, 5.55), (2.75, 5.45), (3.1, 6.1), (3.05, 7.6), (2.5, 8.2),
              (1.9, 7.95)]
    d.bone("tibia", P(tibia), tension=0.9, cut=True, parts=[
        d.sub_bone("medial-malleolus", P(medial), outline=False, tone="#fbf7ec", clip="clip-tibia"),
    ], anchor=f((0.6, 20.0)))
    d.anchor("medial-malleolus", f((2.5, 6.4)))


def soft_tissue(d, f):
    P = f.all
    w = f.length
    # Deep: the tendons behind the malleoli. On the inner side, tibialis
    # posterior and flexor digitorum longus over the back of the medial
    # malleolus, flexor hallucis longus nearer the middle; on the outer side
    # fibularis brevis against the lateral malleolus, longus behind it.
    d.tendon("tibialis-posterior-tendon",
             P([(1.6, 12.5), (2.05, 9.5), (2.45, 7.5), (2.7, 5.8), (3.0, 4.7)]),
             [w(0.42)] * 5, anchor=f((2.45, 7.5)))
    d.tendon("flexor-digitorum-longus-tendon",
             P([(1.3, 12.5), (1.65, 9.5), (1.95, 7.3), (2.25, 5.3), (2.7, 4.2)]),
             [w(0.4)] * 5, anchor=f((1.95, 7.3)))
    d.tendon("flexor-hallucis-longus-tendon",
             P([(0.55, 12.0), (0.75, 9.5), (0.85, 7.0), (0.95, 5.2), (1.45, 3.9), (2.05, 3.15)]),
             [w(0.42)] * 6, anchor=f((0.95, 5.2)))
    d.tendon("fibularis-brevis-tendon",
             P([(-1.95, 12.5), (-2.2, 9.5), (-2.4, 6.5), (-2.75, 4.3), (-3.0, 3.7)]),
             [w(0.42)] * 5, anchor=f((-2.4, 6.5)))
    d.tendon("fibularis-longus-tendon",
             P([(-2.4, 13.5), (-2.7, 10.0), (-2.95, 7.0), (-3.1, 4.9), (-3.1, 4.25)]),
             [w(0.42)] * 5, anchor=f((-2.95, 7.0)))

    # The calf: soleus, wider than gastrocnemius at mid-calf, under the two
    # heads of gastrocnemius (the medial one larger and lower); both end in
    # the Achilles tendon.
    d.muscle("soleus",
             P([(4.85, 33.15), (4.6, 27.0), (3.6, 20.0), (2.6, 14.0), (1.35, 9.6), (0.5, 8.0)]),
             P([(-4.45, 33.15), (-4.2, 27.0), (-3.4, 20.0), (-2.4, 14.0), (-1.25, 9.6), (-0.5, 8.0)]),
             fibres=7, anchor=f((2.4, 15.5)), cut=True)
    d.tendon("achilles-tendon",
             P([(0.05, 19.5), (0.05, 15.0), (0.05, 11.0), (0.0, 8.0), (0.0, 5.5), (0.0, 3.0)]),
             [w(x) for x in (2.4, 2.0, 1.6, 1.35, 1.6, 2.4)], anchor=f((0.0, 9.0)))
    d.muscles("gastrocnemius", [
        (P([(4.3, 33.15), (4.1, 27.0), (3.15, 21.0), (1.9, 17.0)]),
         P([(0.12, 33.15), (0.18, 27.0), (0.3, 21.0), (0.9, 17.4)])),
        (P([(-0.12, 33.15), (-0.18, 27.0), (-0.3, 22.5), (-0.75, 20.0)]),
         P([(-3.9, 33.15), (-3.7, 27.0), (-2.85, 22.5), (-1.75, 19.7)])),
    ], f((2.6, 25.0)), fibres=4, cut=True)

    # The flexor retinaculum on the inner side, from the malleolus to the heel.
    d.band("flexor-retinaculum", P([(2.15, 6.7), (2.7, 6.45), (3.2, 6.0)]),
           P([(1.75, 3.2), (2.4, 3.0), (3.0, 2.75)]), fibres=5, anchor=f((2.5, 4.6)))

    deep = [("soleus",) + UNDER_MUSCLE, ("gastrocnemius-1",) + UNDER_MUSCLE,
            ("gastrocnemius-2",) + UNDER_MUSCLE, ("flexor-retinaculum",) + UNDER_BAND]
    d.cable("arteries", "posterior-tibial-artery",
            P([(1.15, 32.9), (1.2, 20.0), (1.3, 12.0), (1.5, 8.0), (1.7, 5.6), (2.15, 3.8),
               (2.8, 3.0)]), 6.0, anchor=f((1.6, 7.0)), under=deep)
    d.cable("nerves", "tibial-nerve",
            P([(0.55, 32.9), (0.65, 20.0), (0.85, 12.0), (1.1, 8.0), (1.25, 5.6), (1.75, 3.7),
               (2.4, 2.85)]), 6.0, anchor=f((1.2, 6.8)), under=deep)
    d.cable("nerves", "calcaneal-branch", P([(1.2, 6.4), (1.6, 4.6), (2.15, 2.9), (2.35, 1.6)]), 5.0,
            anchor=f((2.15, 2.9)), under=deep[3:])
    sural = [(-0.35, 32.9), (-0.55, 25.0), (-1.05, 17.0), (-1.5, 11.0), (-1.95, 7.0), (-2.45, 4.9),
             (-3.05, 3.55)]
    d.cable("nerves", "sural-nerve", P(sural), 5.4, anchor=f((-1.5, 11.0)))
    d.cable("veins", "small-saphenous-vein",
            P([(0.25, 32.9), (0.05, 25.0), (-0.55, 17.0), (-1.05, 11.0), (-1.45, 7.0), (-1.95, 4.7),
               (-2.6, 3.2)]), 6.0, anchor=f((-0.55, 17.0)))
    d.cable("veins", "great-saphenous-vein",
            P([(4.95, 32.9), (4.6, 27.0), (3.55, 20.0), (2.7, 13.0), (2.45, 9.8)]), 6.0,
            anchor=f((3.55, 20.0)))


def regions(d, f, o):
    P = f.all
    a_m, a_l, b_m, b_l = (0.85, 9.3), (-0.85, 9.1), (0.85, 5.5), (-0.85, 5.3)
    c_m, d_m = (0.85, 2.7), (2.95, 2.95)
    e_top_m = spline(P([AT["ankle_medial"], (1.8, 9.45), a_m]))
    e_top_l = spline(P([a_l, (-1.9, 9.05), AT["ankle_lateral"]]))
    e_ach_m = spline(P([a_m, (0.85, 7.4), b_m]))
    e_ach_l = spline(P([b_l, (-0.85, 7.2), a_l]))
    e_strip = spline(P([b_l, (0.0, 5.45), b_m]))
    e_mlobe = spline(P([AT["below_malleolus_medial"], (1.9, 5.2), b_m]))
    e_llobe = spline(P([AT["below_malleolus_lateral"], (-1.8, 4.45), b_l]))
    e_bc = spline(P([b_m, (0.85, 4.1), c_m]))
    e_cd = spline(P([c_m, (1.9, 2.75), d_m]))
    e_d_up = spline(P([d_m, (3.05, 3.8), AT["below_malleolus_medial"]]))
    e_contour = spline(P([d_m, (2.7, 1.25), (1.6, 0.12), (0.0, -0.02), (-1.6, 0.12), (-2.7, 1.2),
                          (-2.95, 2.9), AT["below_malleolus_lateral"]]))
    d.region("lower-calf", path(o.edge("ankle_lateral", "ankle_medial"), e_top_m, e_ach_m,
                                reverse(e_strip), e_ach_l, e_top_l), f((-1.6, 15.0)), (660, 160))
    medial_lobe = path(o.edge("ankle_medial", "below_malleolus_medial"), e_mlobe, reverse(e_ach_m),
                       reverse(e_top_m))
    lateral_lobe = path(o.edge("below_malleolus_lateral", "ankle_lateral"), reverse(e_top_l),
                        reverse(e_ach_l), reverse(e_llobe))
    d.region("ankle", medial_lobe + " " + lateral_lobe, f((2.3, 7.2)), (150, 420))
    d.region("tarsal-tunnel", path(e_mlobe, e_bc, e_cd, e_d_up), f((1.9, 4.1)), (145, 505))
    d.region("heel", path(e_strip, e_bc, e_cd, e_contour, e_llobe), f((-0.6, 2.0)), (640, 560))


def build_posterior(directory):
    f = POSTERIOR
    d = Drawing("posterior", "Right foot, seen from behind",
                "A right foot and lower leg seen from behind, the inner side on the left: the "
                "two heads of gastrocnemius over the soleus, the Achilles tendon to the heel, the "
                "medial and the lower lateral malleolus with the tendons behind them, and the "
                "tibial nerve, posterior tibial artery, sural nerve and saphenous veins.")
    o = Outline([(name, f(point)) for name, point in SKIN_POINTS],
                straight={"cut_lateral", "cut_2", "cut_3", "cut_4"})
    base(d, f, o)
    bones(d, f)
    soft_tissue(d, f)
    regions(d, f, o)
    d.write(directory)
    return d
