#!/usr/bin/env python3
"""Draws the anatomy views of Cramp Atlas into resources/anatomy/.

Each view is an SVG with a viewBox only, in layers the app renders apart:
  #base            skin, shading and bones, always shown
  #layer-muscles   muscles and tendons the mechanisms point at
  #layer-arteries  the arteries
  #layer-nerves    the nerves
  #regions         one invisible shape per region, with the region's id,
                   class "region"; the app makes them opaque to hit-test
  #anchors         for each region, "anchor-ID" (what a label points at) and
                   "label-ID" (where the label sits), as tiny circles

Landmarks follow ../shared content/anatomy.md: an adult foot about 26 cm
long, drawn at about 21 px to the centimetre.

Run from the top of the tree: build-aux/anatomy/draw.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

from geometry import Outline, path, reverse, spline  # noqa: E402

SKIN = "#f5d0b5"
SKIN_SHADE = "#eab89a"
SKIN_LINE = "#b87c60"
BONE = "#fbf6ee"
BONE_LINE = "#cdb797"
MUSCLE = "#d5604f"
TENDON = "#f3e9d6"
TENDON_LINE = "#c9b48e"
ARTERY = "#d01b28"
NERVE = "#f6cf1c"
NERVE_LINE = "#a67a00"

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "anatomy")


def header(title, description):
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600">',
        f"  <title>{title}</title>",
        f"  <desc>{description}</desc>",
    ]


def shape(d, fill, stroke=None, width=0, extra=""):
    attributes = f'd="{d}" fill="{fill}"'
    if stroke:
        attributes += f' stroke="{stroke}" stroke-width="{width}" stroke-linejoin="round"'
    return f"    <path {attributes}{extra}/>"


def cable(element_id, points, colour, edge, width, branches=()):
    """A nerve or vessel: smooth lines with a darker edge, as one group."""
    lines = [f'    <g id="{element_id}" fill="none" stroke-linecap="round" stroke-linejoin="round">']
    for part, part_width in [(points, width)] + [(branch, width * 0.75) for branch in branches]:
        d = path(spline(part), closed=False)
        lines.append(f'      <path d="{d}" stroke="{edge}" stroke-width="{part_width + 2.5}"/>')
        lines.append(f'      <path d="{d}" stroke="{colour}" stroke-width="{part_width}"/>')
    lines.append("    </g>")
    return lines


def blob(points, fill, stroke=None, width=0, tension=1.0, extra=""):
    return shape(path(spline(points, closed=True, tension=tension)), fill, stroke, width, extra)


def long_bone(p0, p1, base, head, waist=0.62):
    """A long bone from p0 to p1: ends of the given widths and a narrower shaft."""
    import math
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    shaft = min(base, head) * waist

    def at(t, half):
        return (p0[0] + ux * length * t + nx * half, p0[1] + uy * length * t + ny * half)

    side = [(0.0, base / 2), (0.18, shaft / 2), (0.82, shaft / 2), (1.0, head / 2)]
    points = [at(t, half) for t, half in side]
    points.append((p1[0] + ux * head * 0.35, p1[1] + uy * head * 0.35))
    points += [at(t, -half) for t, half in reversed(side)]
    points.append((p0[0] - ux * base * 0.3, p0[1] - uy * base * 0.3))
    return points


def regions_group(regions):
    lines = ['  <g id="regions">']
    for region_id, d in regions:
        lines.append(f'    <path id="{region_id}" class="region" d="{d}" fill="#000000" fill-opacity="0"/>')
    lines.append("  </g>")
    return lines


def anchors_group(anchors):
    lines = ['  <g id="anchors" fill="none">']
    for region_id, (anchor, label) in anchors.items():
        lines.append(f'    <circle id="anchor-{region_id}" class="anchor" cx="{anchor[0]}" cy="{anchor[1]}" r="1"/>')
        lines.append(f'    <circle id="label-{region_id}" class="label" cx="{label[0]}" cy="{label[1]}" r="1"/>')
    lines.append("  </g>")
    return lines


def write(name, lines):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        out.write("\n".join(lines + ["</svg>", ""]))


# The medial view: the inner side of a right foot, heel on the left.

MEDIAL_OUTLINE = Outline([
    ("calf_top_back", (108, -20)),
    ("calf_bulge", (96, 110)),
    ("calf_mid_back", (116, 226)),
    ("achilles_top", (140, 296)),
    ("calf_ankle_back", (147, 322)),
    ("achilles_low", (150, 372)),
    ("heel_top_back", (143, 404)),
    ("heel_back", (124, 458)),
    ("heel_bottom_back", (142, 506)),
    ("heel_sole", (192, 522)),
    ("heel_pad_front", (262, 519)),
    ("arch_rise", (310, 499)),
    ("arch_peak", (352, 487)),
    ("arch_fall", (432, 499)),
    ("ball", (505, 518)),
    ("mtp_sole", (540, 522)),
    ("toe_under", (616, 519)),
    ("toe_tip_low", (664, 511)),
    ("toe_tip", (678, 495)),
    ("toe_top", (660, 476)),
    ("toe_nail_back", (608, 469)),
    ("mtp_top", (546, 459)),
    ("dorsum_low", (498, 431)),
    ("dorsum_mid", (446, 404)),
    ("dorsum_instep", (400, 383)),
    ("dorsum_high", (362, 368)),
    ("ankle_crease", (326, 350)),
    ("ankle_front", (302, 334)),
    ("shin_low", (292, 318)),
    ("shin_mid", (284, 200)),
    ("shin_top", (290, -20)),
])


def medial_regions(o):
    j1, j2, j3 = (172, 384), (320, 452), (300, 479)
    calf_ankle = spline([o["calf_ankle_back"], (220, 328), o["shin_low"]])
    tunnel_top = spline([j1, (206, 388), (246, 406), (286, 430), j2])
    tunnel_bottom = spline([j1, (188, 422), (222, 452), (262, 472), j3])
    tunnel_front = spline([j2, j3])
    heel_ankle = spline([o["achilles_low"], j1])
    heel_arch = spline([j3, (282, 500), o["heel_pad_front"]])
    ankle_arch = spline([o["dorsum_high"], (342, 410), j2])
    arch_toes = spline([o["mtp_top"], (545, 494), o["mtp_sole"]])
    return [
        ("lower-calf", path(o.edge("shin_low", "calf_ankle_back"), calf_ankle)),
        ("ankle", path(o.edge("calf_ankle_back", "achilles_low"), heel_ankle, tunnel_top,
                       reverse(ankle_arch), o.edge("dorsum_high", "shin_low"), reverse(calf_ankle))),
        ("tarsal-tunnel", path(tunnel_top, tunnel_front, reverse(tunnel_bottom))),
        ("heel", path(o.edge("achilles_low", "heel_pad_front"), reverse(heel_arch),
                      reverse(tunnel_bottom), reverse(heel_ankle))),
        ("arch", path(o.edge("heel_pad_front", "mtp_sole"), reverse(arch_toes),
                      o.edge("mtp_top", "dorsum_high"), ankle_arch, tunnel_front, heel_arch)),
        ("toes", path(o.edge("mtp_sole", "mtp_top"), arch_toes)),
    ]


def medial_bones():
    return [
        '  <g id="bones" opacity="0.92">',
        # Tibia, ending in the medial malleolus.
        blob([(214, -20), (272, -20), (276, 180), (290, 300), (292, 334), (266, 344), (258, 372),
              (238, 386), (218, 374), (210, 346), (188, 330), (196, 250), (212, 120)],
             BONE, BONE_LINE, 1.5, tension=0.9),
        # Talus.
        blob([(206, 350), (252, 342), (300, 352), (332, 378), (330, 404), (300, 410), (262, 418),
              (226, 410), (204, 386)], BONE, BONE_LINE, 1.5),
        # The medial malleolus, the bump of the inner ankle, over the talus.
        blob([(220, 352), (240, 344), (258, 352), (262, 370), (250, 384), (232, 386), (218, 374)],
             BONE, BONE_LINE, 1.5),
        # Calcaneus, with the sustentaculum tali.
        blob([(150, 420), (186, 406), (236, 414), (268, 426), (290, 446), (284, 474), (246, 486),
              (196, 496), (154, 492), (136, 462)], BONE, BONE_LINE, 1.5),
        # Navicular.
        blob([(324, 404), (346, 394), (366, 402), (368, 430), (350, 446), (328, 440), (318, 422)],
             BONE, BONE_LINE, 1.5),
        # Medial cuneiform.
        blob([(368, 404), (396, 406), (404, 432), (398, 458), (372, 456), (366, 430)],
             BONE, BONE_LINE, 1.5),
        # First metatarsal.
        blob([(402, 420), (448, 434), (500, 452), (530, 462), (540, 480), (530, 500), (506, 498),
              (470, 482), (424, 466), (402, 456)], BONE, BONE_LINE, 1.5),
        # Sesamoid under the first metatarsal head.
        blob([(508, 502), (520, 500), (526, 508), (514, 512)], BONE, BONE_LINE, 1.2),
        # Phalanges of the big toe.
        blob([(546, 474), (576, 476), (606, 482), (610, 498), (580, 504), (548, 500), (542, 488)],
             BONE, BONE_LINE, 1.5),
        blob([(612, 482), (640, 484), (662, 490), (664, 502), (640, 506), (614, 502), (608, 492)],
             BONE, BONE_LINE, 1.5),
        "  </g>",
    ]


def medial_base(o):
    lines = ['  <g id="base">']
    lines.append('    <ellipse cx="405" cy="526" rx="300" ry="9" fill="#000000" fill-opacity="0.12"/>')
    lines.append(shape(o.whole(), SKIN))
    # The back of the calf and the underside of the foot, a shade darker.
    lines.append(blob([(96, 110), (116, 226), (140, 296), (150, 372), (124, 458), (142, 506),
                       (160, 490), (150, 440), (160, 360), (150, 280), (128, 200), (112, 110)],
                      SKIN_SHADE, tension=0.8))
    lines.append(blob([(192, 522), (262, 519), (310, 499), (352, 487), (432, 499), (505, 518),
                       (540, 522), (520, 512), (432, 492), (352, 479), (306, 491), (262, 510)],
                      SKIN_SHADE, tension=0.6))
    lines += ["  " + line for line in medial_bones()]
    # The flexor retinaculum roofs the tunnel from the malleolus to the heel.
    lines.append(blob([(222, 380), (252, 386), (270, 418), (252, 458), (226, 462), (208, 430)],
                      "#ffffff", extra=' fill-opacity="0.45" id="flexor-retinaculum"'))
    lines.append(shape(o.whole(), "none", SKIN_LINE, 2.5))
    lines.append("  </g>")
    return lines


def medial_muscles():
    return [
        '  <g id="layer-muscles">',
        # Gastrocnemius and soleus, narrowing into the Achilles tendon.
        blob([(100, -20), (180, -20), (196, 90), (184, 200), (162, 276), (146, 300), (128, 250),
              (108, 160)], MUSCLE, extra=' fill-opacity="0.55" id="calf-muscles"'),
        blob([(146, 290), (160, 296), (164, 380), (156, 440), (140, 450), (152, 380)],
             TENDON, TENDON_LINE, 1.2, extra=' id="achilles-tendon"'),
        # Abductor hallucis along the inner edge of the sole.
        blob([(176, 480), (236, 474), (330, 470), (440, 482), (536, 494), (540, 506), (440, 500),
              (330, 490), (236, 496), (178, 500)], MUSCLE, extra=' fill-opacity="0.6" id="abductor-hallucis"'),
        # Plantar fascia under the arch.
        shape(path(spline([(176, 508), (262, 508), (352, 484), (440, 498), (534, 514)]), closed=False),
              "none", TENDON_LINE, 3, extra=' stroke-linecap="round" id="plantar-fascia"'),
        # Tendons behind the malleolus: tibialis posterior, flexor digitorum
        # longus and flexor hallucis longus.
        shape(path(spline([(208, 300), (224, 384), (262, 404), (322, 420)]), closed=False),
              "none", TENDON, 4, extra=' stroke-linecap="round" id="tibialis-posterior-tendon"'),
        shape(path(spline([(200, 300), (214, 392), (256, 420), (340, 452), (440, 474)]), closed=False),
              "none", TENDON, 3.5, extra=' stroke-linecap="round" id="flexor-digitorum-longus-tendon"'),
        shape(path(spline([(170, 300), (182, 404), (236, 458), (360, 478), (520, 490), (630, 496)]),
                   closed=False),
              "none", TENDON, 3.5, extra=' stroke-linecap="round" id="flexor-hallucis-longus-tendon"'),
        "  </g>",
    ]


def medial_arteries():
    lines = ['  <g id="layer-arteries">']
    lines += cable("posterior-tibial-artery", [(190, -20), (194, 200), (196, 330), (204, 392),
                                               (232, 426), (268, 446)], ARTERY, "#8f0f18", 4.5)
    lines += cable("medial-plantar-artery", [(268, 446), (330, 466), (430, 478), (530, 486)],
                   ARTERY, "#8f0f18", 3)
    lines += cable("lateral-plantar-artery", [(268, 446), (300, 476), (340, 494)],
                   ARTERY, "#8f0f18", 3)
    lines.append("  </g>")
    return lines


def medial_nerves():
    lines = ['  <g id="layer-nerves">']
    lines += cable("tibial-nerve", [(178, -20), (182, 200), (184, 330), (192, 396), (222, 434),
                                    (258, 454)], NERVE, NERVE_LINE, 4.5)
    lines += cable("medial-plantar-nerve", [(258, 454), (320, 474), (420, 486), (520, 494),
                                            (590, 496), (640, 497)], NERVE, NERVE_LINE, 3)
    lines += cable("lateral-plantar-nerve", [(258, 454), (292, 484), (332, 504)],
                   NERVE, NERVE_LINE, 3)
    lines += cable("calcaneal-branch", [(198, 410), (176, 446), (166, 480)], NERVE, NERVE_LINE, 2.5)
    lines.append("  </g>")
    return lines


def medial():
    o = MEDIAL_OUTLINE
    lines = header("Medial view of the right foot and ankle",
                   "The inner side of the foot: lower calf, ankle with the medial malleolus, "
                   "tarsal tunnel, heel, arch and big toe.")
    lines += medial_base(o)
    lines += medial_muscles()
    lines += medial_arteries()
    lines += medial_nerves()
    lines += regions_group(medial_regions(o))
    lines += anchors_group({
        "lower-calf": ((196, 190), (360, 150)),
        "ankle": ((238, 362), (380, 290)),
        "tarsal-tunnel": ((244, 430), (70, 560)),
        "heel": ((170, 480), (60, 400)),
        "arch": ((400, 470), (440, 570)),
        "toes": ((640, 490), (700, 420)),
    })
    write("medial.svg", lines)


# The plantar view: the sole of the right foot, seen from below, heel on the
# left; seen from below, the big toe is at the bottom.

PLANTAR_OUTLINE = Outline([
    ("heel_back", (88, 300)),
    ("heel_lateral_back", (104, 248)),
    ("heel_lateral", (152, 226)),
    ("lateral_heel_front", (230, 224)),
    ("lateral_mid", (320, 219)),
    ("lateral_base5", (420, 209)),
    ("lateral_ball", (508, 200)),
    ("ball_lateral_front", (556, 210)),
    ("ball_front_4", (576, 252)),
    ("ball_front_3", (590, 300)),
    ("ball_front_2", (600, 350)),
    ("ball_medial_front", (600, 400)),
    ("medial_ball_front", (584, 422)),
    ("medial_ball", (536, 428)),
    ("medial_first_met", (468, 420)),
    ("arch_front", (404, 404)),
    ("arch_deep", (340, 396)),
    ("arch_back", (278, 402)),
    ("medial_heel_front", (212, 394)),
    ("heel_medial", (140, 368)),
])

# Toes from the little toe (top) to the big toe (bottom): centre and half sizes.
PLANTAR_TOES = [
    ((586, 222), (30, 15)),
    ((608, 254), (34, 17)),
    ((622, 289), (37, 18)),
    ((630, 327), (39, 19)),
    ((622, 387), (46, 29)),
]


def toe_points(centre, size):
    """A toe pointing right: round, its base hidden under the edge of the foot."""
    import math
    (x, y), (a, b) = centre, size
    points = []
    for step in range(10):
        angle = math.pi * 2 * step / 10
        # The tip is a little fuller than the base.
        stretch = 1.0 if math.cos(angle) > 0 else 0.9
        points.append((x + a * math.cos(angle) * stretch, y + b * math.sin(angle)))
    return points


def plantar_regions(o):
    heel_front = spline([o["lateral_heel_front"], (238, 312), o["medial_heel_front"]])
    tunnel = path(spline([(190, 392), (214, 364), (252, 352), (286, 362), (292, 384),
                          (252, 396)], closed=True))
    arch_top = spline([o["arch_back"], (320, 330), (380, 318), (440, 336), o["medial_first_met"]])
    arch = path(o.edge("medial_first_met", "arch_back"), arch_top)
    toes = " ".join(path(spline(toe_points(c, s), closed=True)) for c, s in PLANTAR_TOES)
    heel = path(o.edge("medial_heel_front", "lateral_heel_front"), heel_front)
    return [("toes", toes), ("arch", arch), ("tarsal-tunnel", tunnel), ("heel", heel)]


def plantar_base(o):
    lines = ['  <g id="base">']
    for centre, size in PLANTAR_TOES:
        lines.append(blob(toe_points(centre, size), SKIN, SKIN_LINE, 2.5))
    lines.append(shape(o.whole(), SKIN))
    # The pads of the heel and of the ball take the weight, a shade darker;
    # the raised inner arch catches the light.
    lines.append(blob([(98, 300), (116, 252), (166, 236), (222, 260), (236, 312), (210, 370),
                       (148, 364), (108, 336)], SKIN_SHADE))
    lines.append(blob([(492, 212), (540, 216), (566, 256), (582, 320), (586, 392), (560, 414),
                       (520, 404), (500, 340), (488, 270)], SKIN_SHADE, tension=0.9))
    lines.append(blob([(272, 392), (330, 360), (410, 368), (460, 400), (404, 398), (340, 388)],
                      "#fbe6d6", tension=0.9))
    for centre, size in PLANTAR_TOES:
        (x, y), (a, b) = centre, size
        lines.append(f'    <ellipse cx="{x + a * 0.42:.1f}" cy="{y:.1f}" rx="{a * 0.42:.1f}" '
                     f'ry="{b * 0.62:.1f}" fill="{SKIN_SHADE}"/>')
    lines.append(shape(o.whole(), "none", SKIN_LINE, 2.5))
    lines.append("  </g>")
    return lines


def plantar_muscles():
    return [
        '  <g id="layer-muscles">',
        # Abductor hallucis along the inner edge, flexor digitorum brevis in
        # the middle, abductor digiti minimi along the outer edge.
        blob([(170, 384), (260, 392), (360, 388), (470, 404), (560, 412), (470, 414), (360, 400),
              (260, 404)], MUSCLE, extra=' fill-opacity="0.6" id="abductor-hallucis"'),
        blob([(176, 306), (250, 290), (340, 294), (430, 304), (520, 306), (430, 322), (340, 320),
              (250, 318)], MUSCLE, extra=' fill-opacity="0.55" id="flexor-digitorum-brevis"'),
        blob([(164, 240), (260, 232), (380, 224), (500, 210), (380, 238), (260, 244)],
             MUSCLE, extra=' fill-opacity="0.6" id="abductor-digiti-minimi"'),
        "  </g>",
    ]


def plantar_arteries():
    lines = ['  <g id="layer-arteries">']
    lines += cable("medial-plantar-artery", [(230, 384), (320, 378), (420, 384), (520, 394),
                                             (610, 388)], ARTERY, "#8f0f18", 3)
    lines += cable("lateral-plantar-artery", [(230, 384), (290, 330), (380, 282), (470, 262),
                                              (530, 286), (556, 346)], ARTERY, "#8f0f18", 3)
    lines.append("  </g>")
    return lines


def plantar_nerves():
    lines = ['  <g id="layer-nerves">']
    lines += cable("medial-plantar-nerve", [(224, 392), (320, 366), (420, 360), (520, 370),
                                            (620, 378)], NERVE, NERVE_LINE, 3,
                   branches=[[(420, 360), (520, 334), (620, 320)]])
    lines += cable("lateral-plantar-nerve", [(224, 392), (272, 330), (350, 282), (450, 262),
                                             (540, 250), (600, 226)], NERVE, NERVE_LINE, 3)
    lines += cable("calcaneal-branch", [(210, 392), (176, 360), (150, 320)], NERVE, NERVE_LINE, 2.2)
    lines.append("  </g>")
    return lines


def plantar():
    o = PLANTAR_OUTLINE
    lines = header("Plantar view of the right foot",
                   "The sole: heel pad, arch on the inner side, ball of the foot and the five "
                   "toes, with the big toe at the bottom.")
    lines += plantar_base(o)
    lines += plantar_muscles()
    lines += plantar_arteries()
    lines += plantar_nerves()
    lines += regions_group(plantar_regions(o))
    lines += anchors_group({
        "heel": ((160, 300), (70, 170)),
        "tarsal-tunnel": ((244, 378), (190, 490)),
        "arch": ((370, 370), (400, 500)),
        "toes": ((640, 300), (730, 170)),
    })
    write("plantar.svg", lines)


# The dorsal view: the top of the right foot, seen from above, ankle on the
# left; seen from above, the big toe is at the top.

DORSAL_OUTLINE = Outline([
    ("ankle_top", (104, 226)),
    ("medial_malleolus", (146, 204)),
    ("medial_mid", (250, 214)),
    ("medial_arch", (360, 204)),
    ("medial_ball", (470, 192)),
    ("ball_medial_front", (560, 196)),
    ("ball_front_2", (588, 250)),
    ("ball_front_3", (590, 300)),
    ("ball_front_4", (578, 346)),
    ("ball_lateral_front", (556, 386)),
    ("lateral_ball", (508, 402)),
    ("lateral_base5", (420, 394)),
    ("lateral_mid", (270, 372)),
    ("lateral_malleolus", (134, 388)),
    ("ankle_bottom", (104, 360)),
    ("ankle_back", (90, 294)),
])

# Toes from the big toe (top) to the little toe (bottom).
DORSAL_TOES = [
    ((612, 224), (50, 28)),
    ((618, 280), (42, 18)),
    ((610, 318), (40, 17)),
    ((596, 352), (36, 16)),
    ((576, 384), (31, 14)),
]


def dorsal_bones():
    lines = ['    <g id="bones" opacity="0.92">']
    # Talus and the two malleoli at the ankle, the lateral one lower and
    # further back than the medial one.
    lines.append(blob([(142, 240), (196, 236), (236, 256), (246, 300), (232, 336), (190, 344),
                       (150, 330), (136, 290)], BONE, BONE_LINE, 1.5))
    lines.append(blob([(132, 214), (156, 206), (176, 216), (176, 236), (152, 244), (132, 234)],
                      BONE, BONE_LINE, 1.5, extra=' id="medial-malleolus"'))
    lines.append(blob([(112, 362), (136, 352), (158, 362), (156, 382), (132, 390), (112, 380)],
                      BONE, BONE_LINE, 1.5, extra=' id="lateral-malleolus"'))
    # Navicular, cuneiforms and cuboid across the midfoot.
    lines.append(blob([(246, 226), (276, 220), (284, 262), (266, 300), (246, 290), (240, 258)],
                      BONE, BONE_LINE, 1.5))
    lines.append(blob([(250, 306), (282, 300), (300, 330), (290, 366), (256, 360), (246, 330)],
                      BONE, BONE_LINE, 1.5))
    for top, bottom in [(212, 240), (244, 272), (276, 300)]:
        middle = (top + bottom) / 2
        lines.append(blob([(290, top + 3), (304, top), (318, top + 2), (322, middle),
                           (318, bottom - 1), (304, bottom + 1), (290, bottom - 1), (286, middle)],
                          BONE, BONE_LINE, 1.2))
    # The five metatarsals and the toe bones, fanning to the toes.
    heads = [(548, 222), (566, 281), (564, 319), (552, 354), (534, 386)]
    bases = [(324, 226), (326, 260), (324, 294), (306, 330), (300, 364)]
    for index, (base, head) in enumerate(zip(bases, heads)):
        width = 20 if index == 0 else 13
        lines.append(blob(long_bone(base, head, width, width + 4), BONE, BONE_LINE, 1.2))
    for (x, y), (a, b) in DORSAL_TOES:
        lines.append(blob(long_bone((x - a * 0.7, y), (x + a * 0.55, y), b * 0.75, b * 0.6),
                          BONE, BONE_LINE, 1.2))
    lines.append("    </g>")
    return ["  " + line if not line.startswith("    <g") and not line.startswith("    </g")
            else line for line in lines]


def dorsal_regions(o):
    ankle_front = spline([o["medial_mid"], (240, 294), o["lateral_mid"]])
    ankle = path(o.edge("ankle_top", "medial_mid"), ankle_front, o.edge("lateral_mid", "ankle_top"))
    toes = " ".join(path(spline(toe_points(c, s), closed=True)) for c, s in DORSAL_TOES)
    return [("ankle", ankle), ("toes", toes)]


def dorsal_base(o):
    lines = ['  <g id="base">']
    for centre, size in DORSAL_TOES:
        lines.append(blob(toe_points(centre, size), SKIN, SKIN_LINE, 2.5))
    lines.append(shape(o.whole(), SKIN))
    # The cut end of the leg, and the two ankle bones: the lateral one lower
    # and further back than the medial one.
    lines.append(blob([(96, 236), (130, 222), (160, 250), (166, 300), (158, 346), (130, 366),
                       (98, 352), (92, 296)], SKIN_SHADE))
    lines += dorsal_bones()
    for centre, size in DORSAL_TOES:
        (x, y), (a, b) = centre, size
        lines.append(f'    <ellipse cx="{x + a * 0.58:.1f}" cy="{y:.1f}" rx="{a * 0.3:.1f}" '
                     f'ry="{b * 0.55:.1f}" fill="#fbe8da" stroke="{SKIN_LINE}" stroke-width="1"/>')
    lines.append(shape(o.whole(), "none", SKIN_LINE, 2.5))
    lines.append("  </g>")
    return lines


def dorsal_muscles():
    lines = ['  <g id="layer-muscles">']
    # The extensor retinaculum at the front of the ankle, then the tendons
    # fanning to the toes: extensor hallucis longus to the big toe, extensor
    # digitorum longus to the other four.
    lines.append(blob([(190, 214), (226, 212), (236, 300), (226, 378), (190, 380), (200, 300)],
                      "#ffffff", extra=' fill-opacity="0.55" id="extensor-retinaculum"'))
    lines.append(shape(path(spline([(120, 256), (300, 240), (460, 222), (610, 222)]), closed=False),
                       "none", TENDON, 5, extra=' stroke-linecap="round" id="extensor-hallucis-longus-tendon"'))
    # The four tendons of extensor digitorum longus are one structure.
    lines.append('    <g id="extensor-digitorum-longus-tendons">')
    targets = [(612, 281), (604, 319), (590, 354), (568, 386)]
    for index, target in enumerate(targets):
        lines.append("  " + shape(path(spline([(120, 300), (300, 302 + index * 8),
                                               (460, 290 + index * 26), target]), closed=False),
                                  "none", TENDON, 3.5, extra=' stroke-linecap="round"'))
    lines.append("    </g>")
    lines.append("  </g>")
    return lines


def dorsal_arteries():
    lines = ['  <g id="layer-arteries">']
    # The dorsalis pedis runs from the front of the ankle down the top of the
    # foot, between the tendon to the big toe and those to the other toes.
    lines += cable("dorsalis-pedis-artery", [(98, 276), (200, 274), (300, 266), (400, 254),
                                             (480, 246)], ARTERY, "#8f0f18", 4.5)
    lines.append("  </g>")
    return lines


def dorsal():
    o = DORSAL_OUTLINE
    lines = header("Dorsal view of the right foot",
                   "The top of the foot: the front of the ankle between the two ankle bones, "
                   "the extensor tendons, the dorsalis pedis artery and the five toes.")
    lines += dorsal_base(o)
    lines += dorsal_muscles()
    lines += dorsal_arteries()
    lines.append('  <g id="layer-nerves"/>')
    lines += regions_group(dorsal_regions(o))
    lines += anchors_group({
        "ankle": ((180, 300), (80, 480)),
        "toes": ((640, 320), (730, 480)),
    })
    write("dorsal.svg", lines)


if __name__ == "__main__":
    medial()
    plantar()
    dorsal()
