#!/usr/bin/env python3
"""Checks the anatomy drawings against their generator and their contract.

    check-drawings.py SOURCE_ROOT

- Regenerating them with build-aux/anatomy/draw.py gives the committed SVGs
  byte for byte, so they never drift from their source.
- Each view faces the way the anatomy reference says (content/anatomy.md in
  the shared folder): where the big toe, the heel and the malleoli lie.
- Each view has its groups in order (base, the five layers, regions,
  anchors), the regions the reference places in it and the structures that
  belong there; ids are unique, lowercase and hyphenated, and a structure is
  in the same layer in every view.
- Every region and structure has an anchor inside its own shape, as
  librsvg draws it (rsvg-convert renders each element alone), not hidden by
  what its layer draws over it, and every region a label position outside
  the figure; regions do not overlap; no
  structure pokes out of the skin; nerves and vessels are wide enough to
  point at.
"""

import concurrent.futures
import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zlib

SVG = "{http://www.w3.org/2000/svg}"
ElementTree.register_namespace("", "http://www.w3.org/2000/svg")

VIEWS = ["medial", "lateral", "plantar", "dorsal", "posterior"]
LAYERS = ["bones", "muscles", "arteries", "veins", "nerves"]
GROUPS = ["base"] + [f"layer-{layer}" for layer in LAYERS] + ["regions", "anchors"]

# Where each region shows, from the anatomy reference's table.
REGIONS = {
    "medial": {"toes", "arch", "heel", "tarsal-tunnel", "ankle", "lower-calf"},
    "lateral": {"toes", "heel", "ankle", "lower-calf"},
    "plantar": {"toes", "arch", "heel", "tarsal-tunnel"},
    "dorsal": {"toes", "ankle"},
    "posterior": {"heel", "tarsal-tunnel", "ankle", "lower-calf"},
}

# What each view must draw: the bones the reference says show there, and
# the soft tissue it names that lies on that side.
FOOT_BONES = {"calcaneus", "talus", "navicular", "cuboid", "medial-cuneiform",
              "intermediate-cuneiform", "lateral-cuneiform"} | \
    {f"metatarsal-{n}" for n in range(1, 6)} | {f"phalanges-{n}" for n in range(1, 6)}
STRUCTURES = {
    "medial": {"tibia", "medial-malleolus", "talus", "calcaneus", "sustentaculum-tali",
               "navicular", "navicular-tuberosity", "medial-cuneiform", "metatarsal-1",
               "phalanges-1", "sesamoids", "gastrocnemius", "soleus", "achilles-tendon",
               "tibialis-posterior-tendon", "flexor-digitorum-longus-tendon",
               "flexor-hallucis-longus-tendon", "tibialis-anterior-tendon",
               "extensor-hallucis-longus-tendon", "abductor-hallucis", "plantar-fascia",
               "flexor-retinaculum", "extensor-retinaculum", "tibial-nerve",
               "medial-plantar-nerve", "lateral-plantar-nerve", "calcaneal-branch",
               "posterior-tibial-artery", "posterior-tibial-veins", "medial-plantar-artery",
               "lateral-plantar-artery", "great-saphenous-vein"},
    "lateral": {"fibula", "lateral-malleolus", "talus", "calcaneus", "fibular-trochlea", "cuboid",
                "lateral-cuneiform", "metatarsal-4", "metatarsal-5", "metatarsal-5-tuberosity",
                "phalanges-4", "phalanges-5", "gastrocnemius", "soleus", "achilles-tendon",
                "fibularis-longus-tendon", "fibularis-brevis-tendon",
                "extensor-digitorum-longus-tendons", "extensor-retinaculum",
                "abductor-digiti-minimi", "plantar-fascia", "sural-nerve",
                "superficial-fibular-nerve", "small-saphenous-vein"},
    "plantar": FOOT_BONES | {"sesamoids", "plantar-fascia", "abductor-hallucis",
                             "flexor-digitorum-brevis", "abductor-digiti-minimi",
                             "quadratus-plantae", "lumbricals",
                             "flexor-hallucis-longus-tendon", "flexor-digitorum-longus-tendon",
                             "fibularis-longus-tendon", "medial-plantar-nerve",
                             "lateral-plantar-nerve", "calcaneal-branch", "medial-plantar-artery",
                             "lateral-plantar-artery"},
    "dorsal": FOOT_BONES | {"tibia", "fibula", "medial-malleolus", "lateral-malleolus",
                            "tibialis-anterior-tendon", "extensor-hallucis-longus-tendon",
                            "extensor-digitorum-longus-tendons", "extensor-retinaculum",
                            "anterior-tibial-artery", "dorsalis-pedis-artery", "deep-fibular-nerve",
                            "superficial-fibular-nerve", "great-saphenous-vein"},
    "posterior": {"tibia", "fibula", "medial-malleolus", "lateral-malleolus", "talus",
                  "calcaneus", "gastrocnemius", "soleus", "achilles-tendon",
                  "tibialis-posterior-tendon", "flexor-digitorum-longus-tendon",
                  "flexor-hallucis-longus-tendon", "fibularis-longus-tendon",
                  "fibularis-brevis-tendon", "flexor-retinaculum", "tibial-nerve", "sural-nerve",
                  "posterior-tibial-artery", "small-saphenous-vein"},
}

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL {message}")


# Rendering

def decode_png(data):
    """The alpha channel of an 8-bit RGBA PNG, as rows of bytes. Cairo
    writes an image with no transparent pixel as RGB: all opaque."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if colour == 2:
        return [b"\xff" * width for _ in range(height)]
    assert depth == 8 and colour == 6 and interlace == 0, header
    raw = zlib.decompress(b"".join(chunks))
    stride = width * 4
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - 4] if x >= 4 else 0
            up = previous[x]
            corner = previous[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line[3::4]))
        previous = line
    return rows


class Renderer:
    """Renders parts of one view alone with rsvg-convert, as librsvg draws
    them for the app's hit-testing."""

    def __init__(self, tool, tree, workdir):
        self.tool = tool
        self.defs = tree.getroot().find(f"{SVG}defs")
        self.workdir = workdir
        self.count = 0

    def _render(self, elements, view_box, width, height, mask=None):
        root = ElementTree.Element(f"{SVG}svg", {"viewBox": view_box})
        defs = ElementTree.SubElement(root, f"{SVG}defs")
        if self.defs is not None:
            defs.extend(list(self.defs))
        parent = root
        if mask is not None:
            node = ElementTree.SubElement(defs, f"{SVG}mask", {
                "id": "check-mask", "maskUnits": "userSpaceOnUse", "x": "-10", "y": "-10",
                "width": "820", "height": "620"})
            node.extend(mask)
            parent = ElementTree.SubElement(root, f"{SVG}g", {"mask": "url(#check-mask)"})
        parent.extend(elements)
        self.count += 1
        source = os.path.join(self.workdir, f"part-{self.count}.svg")
        ElementTree.ElementTree(root).write(source, encoding="utf-8", xml_declaration=True)
        return subprocess.run([self.tool, "-w", str(width), "-h", str(height), source], check=True,
                              capture_output=True).stdout

    def covers(self, element, point):
        """Whether the element alone, at 800 × 600, covers the pixel at
        point at least half."""
        x, y = int(point[0]), int(point[1])
        rows = decode_png(self._render([element], f"{x - 1} {y - 1} 3 3", 3, 3))
        return rows[1][1] >= 128

    def covers_any(self, elements, point):
        """Whether elements hide the pixel at point: a translucent band or
        sheet, such as the plantar fascia, leaves what is under it seen."""
        x, y = int(point[0]), int(point[1])
        copies = [copy(element) for element in elements]
        rows = decode_png(self._render(copies, f"{x - 1} {y - 1} 3 3", 3, 3))
        return rows[1][1] >= 160

    def alpha(self, element):
        return decode_png(self._render([element], "0 0 800 600", 800, 600))

    def masked_ink(self, elements, mask):
        """None if nothing of elements shows through mask (white shows), or
        the box (x0, y0, x1, y1) of what does."""
        data = self._render(elements, "0 0 800 600", 800, 600, mask)
        if png_is_empty(data):
            return None
        points = [(x, y) for y, row in enumerate(decode_png(data)) for x, value in enumerate(row)
                  if value > 32]
        if not points:
            return None
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return min(xs), min(ys), max(xs), max(ys)


def png_is_empty(data):
    """Whether every pixel of a PNG is zero: then every filtered byte is too,
    whatever the filters, and the first pixel that is not shows as is."""
    position, chunks, width, height = 8, [], 0, 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind == b"IHDR":
            width, height, _, colour = struct.unpack(">IIBB", data[position + 8:position + 18])
            if colour != 6:
                return False
        elif kind == b"IDAT":
            chunks.append(data[position + 8:position + 8 + length])
        position += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = width * 4 + 1
    filters = sum(1 for row in range(height) if raw[row * stride] != 0)
    return len(raw) - raw.count(0) == filters


def copy(element, **attributes):
    """A copy of an element, with attributes replaced."""
    result = ElementTree.fromstring(ElementTree.tostring(element))
    for name, value in attributes.items():
        result.set(name.replace("_", "-"), value)
    return result


def opaque_region(element):
    """A region, made opaque as the app makes it for hit-testing."""
    return copy(element, fill_opacity="1")


# Checks

def check_regenerated(root):
    generator = root / "build-aux" / "anatomy" / "draw.py"
    with tempfile.TemporaryDirectory() as fresh:
        subprocess.run([sys.executable, str(generator), fresh], check=True)
        for view in VIEWS:
            committed = root / "resources" / "anatomy" / f"{view}.svg"
            made = pathlib.Path(fresh) / f"{view}.svg"
            if not committed.exists():
                fail(f"{view}.svg is not committed")
            elif committed.read_bytes() != made.read_bytes():
                fail(f"{view}.svg differs from what draw.py makes: regenerate it")
        extra = sorted(p.name for p in pathlib.Path(fresh).iterdir() if p.stem not in VIEWS)
        if extra:
            fail(f"draw.py makes drawings that no view lists: {extra}")


def centre(anchors, element_id):
    circle = anchors.get(f"anchor-{element_id}")
    if circle is None:
        return None
    return float(circle.get("cx")), float(circle.get("cy"))


def check_orientation(view, anchors):
    def at(element_id):
        point = centre(anchors, element_id)
        if point is None:
            fail(f"{view}: no anchor-{element_id} to tell the orientation by")
            return (0.0, 0.0)
        return point

    heel = at("calcaneus")
    back = centre(anchors, "calcaneal-tuberosity") or heel
    if view == "medial":
        # From the inner side the toes point to the viewer's left.
        if not at("phalanges-1")[0] < heel[0] - 200:
            fail("medial: the big toe is not left of the heel")
        if not at("medial-malleolus")[0] < back[0]:
            fail("medial: the medial malleolus is not in front of the heel")
    elif view == "lateral":
        if not at("phalanges-5")[0] > heel[0] + 200:
            fail("lateral: the little toe is not right of the heel")
        if not at("lateral-malleolus")[0] > back[0]:
            fail("lateral: the lateral malleolus is not in front of the heel")
    elif view == "plantar":
        big, little = at("phalanges-1"), at("phalanges-5")
        if not (big[1] < heel[1] - 200 and big[0] > little[0]):
            fail("plantar: the toes are not up with the big toe on the viewer's right")
    elif view == "dorsal":
        big, little = at("phalanges-1"), at("phalanges-5")
        if not (big[1] < heel[1] - 200 and big[0] < little[0]):
            fail("dorsal: the toes are not up with the big toe on the viewer's left")
    elif view == "posterior":
        medial, lateral = at("medial-malleolus"), at("lateral-malleolus")
        if not medial[0] < lateral[0]:
            fail("posterior: the medial malleolus is not on the viewer's left")
        if not lateral[1] > medial[1]:
            fail("posterior: the lateral malleolus does not reach lower than the medial one")
        tendon = at("achilles-tendon")
        if not (tendon[1] < heel[1] + 1 and abs(tendon[0] - 400) < 60):
            fail("posterior: the Achilles tendon is not above the heel in the middle")


def drawn_over(layer):
    """(id, the elements drawn after it) for each structure of a layer: its
    later siblings and those of each group around it."""
    result = []

    def walk(node, after):
        children = list(node)
        for index, child in enumerate(children):
            later = children[index + 1:] + after
            if child.get("class") == "structure":
                result.append((child.get("id"), later))
            if child.tag == f"{SVG}g":
                walk(child, later)

    walk(layer, [])
    return result


def inside(rows, point, threshold=128):
    x, y = int(point[0]), int(point[1])
    return 0 <= y < len(rows) and 0 <= x < len(rows[0]) and rows[y][x] >= threshold


def check_view(root, view, tool, workdir, layers_of):
    path = root / "resources" / "anatomy" / f"{view}.svg"
    text = path.read_text(encoding="utf-8")
    tree = ElementTree.ElementTree(ElementTree.fromstring(text))
    svg = tree.getroot()

    if svg.get("viewBox") != "0 0 800 600" or svg.get("width") or svg.get("height"):
        fail(f"{view}: the root needs viewBox 0 0 800 600 and no width or height")
    title = svg.find(f"{SVG}title")
    description = svg.find(f"{SVG}desc")
    if title is None or "right foot" not in title.text.lower() or description is None or \
            "right foot" not in description.text.lower():
        fail(f"{view}: the title and description must name the right foot")

    groups = [child.get("id") for child in svg if child.tag == f"{SVG}g"]
    if groups != GROUPS:
        fail(f"{view}: groups {groups}, expected {GROUPS}")
        return

    ids = [element.get("id") for element in svg.iter() if element.get("id")]
    for element_id in sorted({i for i in ids if ids.count(i) > 1}):
        fail(f"{view}: the id {element_id} is used twice")
    group = {child.get("id"): child for child in svg if child.tag == f"{SVG}g"}

    structures = {}
    for layer in LAYERS:
        for element in group[f"layer-{layer}"].iter():
            if element.get("class") == "structure":
                element_id = element.get("id", "")
                if not ID.match(element_id):
                    fail(f"{view}: {element_id!r} is not a lowercase, hyphenated id")
                structures[element_id] = element
                layers_of[element_id] = layer
    for element in group["base"].iter():
        if element.get("class") == "structure":
            fail(f"{view}: the structure {element.get('id')} is in the base")
    missing = STRUCTURES[view] - set(structures)
    if missing:
        fail(f"{view}: lacks {sorted(missing)}")

    regions = {element.get("id"): element for element in group["regions"]
               if element.get("class") == "region"}
    if set(regions) != REGIONS[view]:
        fail(f"{view}: regions {sorted(regions)}, the reference places {sorted(REGIONS[view])}")
    for element in regions.values():
        if element.get("fill-opacity") != "0":
            fail(f"{view}: the region {element.get('id')} is not invisible")

    anchors = {element.get("id"): element for element in group["anchors"]}
    check_orientation(view, anchors)
    for element_id in list(regions) + list(structures):
        if f"anchor-{element_id}" not in anchors:
            fail(f"{view}: no anchor-{element_id}")
    for element_id in regions:
        if f"label-{element_id}" not in anchors:
            fail(f"{view}: no label-{element_id}")
    known = {f"anchor-{i}" for i in list(regions) + list(structures)} | \
        {f"label-{i}" for i in regions}
    for anchor_id in sorted(set(anchors) - known):
        fail(f"{view}: {anchor_id} names nothing drawn")

    # Nerves and vessels: wide enough for a pointer.
    for layer in ("arteries", "veins", "nerves"):
        for element in group[f"layer-{layer}"].iter(f"{SVG}path"):
            width = element.get("stroke-width")
            if width is not None and float(width) < 5 and element.get("stroke-opacity") is None:
                fail(f"{view}: a line of layer {layer} is {width} px wide, under 5")

    os.makedirs(workdir, exist_ok=True)
    renderer = Renderer(tool, tree, workdir)
    skin = next((e for e in group["base"].iter() if e.get("id") == "skin"), None)
    if skin is None:
        fail(f"{view}: the base has no skin silhouette with the id skin")
        return len(structures)

    # Each anchor lies inside its own element; each label position lies
    # outside the figure.
    for element_id, element in list(regions.items()) + list(structures.items()):
        point = centre(anchors, element_id)
        if point is None:
            continue
        shape = opaque_region(element) if element_id in regions else element
        if not renderer.covers(shape, point):
            fail(f"{view}: anchor-{element_id} at {point} is not inside {element_id}")
    # A structure's anchor is not hidden by what its own layer draws over
    # it, so that a label can point at it whatever layers are shown.
    for layer in LAYERS:
        for element_id, later in drawn_over(group[f"layer-{layer}"]):
            point = centre(anchors, element_id)
            if point is not None and later and renderer.covers_any(later, point):
                fail(f"{view}: anchor-{element_id} at {point} is hidden by what layer {layer} "
                     f"draws over it")
    for element_id in regions:
        circle = anchors.get(f"label-{element_id}")
        if circle is not None:
            point = float(circle.get("cx")), float(circle.get("cy"))
            on_page = 0 <= point[0] <= 800 and 0 <= point[1] <= 600
            if not on_page or renderer.covers(copy(skin, stroke="#000", stroke_width="24"), point):
                fail(f"{view}: label-{element_id} at {point} is not outside the figure")

    # Regions do not overlap: none shows through another shrunk by 2 px.
    names = sorted(regions)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            shrunk = copy(regions[b], fill="#ffffff", fill_opacity="1", stroke="#000000",
                          stroke_width="4")
            box = renderer.masked_ink([opaque_region(regions[a])], [shrunk])
            if box:
                fail(f"{view}: the regions {a} and {b} overlap within {box}")

    # No structure pokes out of the skin: nothing shows outside the skin
    # grown by 2 px.
    outside = [ElementTree.Element(f"{SVG}rect", {"x": "-10", "y": "-10", "width": "820",
                                                   "height": "620", "fill": "#ffffff"}),
               copy(skin, fill="#000000", stroke="#000000", stroke_width="4")]
    for layer in LAYERS:
        box = renderer.masked_ink([copy(group[f"layer-{layer}"])], outside)
        if box:
            fail(f"{view}: some of layer {layer} lies outside the skin, within {box}")
    return len(structures)


def main():
    root = pathlib.Path(sys.argv[1])
    tool = shutil.which("rsvg-convert")
    if tool is None:
        print("FAIL rsvg-convert (Debian's librsvg2-bin) is needed to render the drawings")
        return 1
    check_regenerated(root)
    layers_of = {}
    counts = {}
    # rsvg-convert runs in processes of its own, so the views can be checked
    # side by side.
    with tempfile.TemporaryDirectory() as workdir, \
            concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        jobs = {view: pool.submit(check_view, root, view, tool, os.path.join(workdir, view),
                                  layers_of.setdefault(view, {}))
                for view in VIEWS}
        for view in VIEWS:
            counts[view] = jobs[view].result()
    by_structure = {}
    for view in VIEWS:
        for element_id, layer in layers_of.pop(view).items():
            by_structure.setdefault(element_id, {})[view] = layer
    layers_of = by_structure
    for element_id, layers in sorted(layers_of.items()):
        if len(set(layers.values())) > 1:
            fail(f"{element_id} is in different layers: {layers}")
    print(", ".join(f"{view}: {count} structures" for view, count in counts.items()))
    print(f"{len(layers_of)} structures in all; {len(failures)} failed checks")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
