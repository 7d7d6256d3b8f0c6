#!/usr/bin/env python3
"""Draws the anatomy views of Cramp Atlas: one right foot seen from five sides.

    build-aux/anatomy/draw.py [DIRECTORY]

writes medial.svg, lateral.svg, plantar.svg, dorsal.svg and posterior.svg
into DIRECTORY, by default resources/anatomy/ of this tree. Run it from
anywhere; the output depends on nothing but this folder's code.

The views follow the project's anatomy reference (content/anatomy.md in the
shared folder): the orientation of each view, the 26 bones and where each
shows, the soft tissue, and the colours of teaching illustration.
"""

import os
import sys

# The generator runs from the source tree, which must stay clean.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import posterior  # noqa: E402
import sagittal  # noqa: E402
import transverse  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "anatomy")


def main(argv):
    directory = argv[1] if len(argv) > 1 else OUT
    sagittal.build_medial(directory)
    sagittal.build_lateral(directory)
    transverse.build_plantar(directory)
    transverse.build_dorsal(directory)
    posterior.build_posterior(directory)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
