"""A scanned copy of a sample report: each page rendered to a grey image (200 dpi, or as given) with a slight
skew and a few specks, as a flatbed scanner gives it, and wrapped as an image-only PDF (no text
layer). Generator only (pypdfium2 and Pillow); tiltak reads the result with OCR.

    python samples/make_scan.py samples/2018/ks_2018.pdf tests/fixtures/scanned/ks_2018_skannet.pdf 300
"""

from __future__ import annotations

import random
import sys
from pathlib import Path


def scan(source: Path, target: Path, dpi: int = 200, seed: int = 7) -> None:
    import pypdfium2
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    pages = []
    pdf = pypdfium2.PdfDocument(str(source))
    for page in pdf:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(0.6))
        pixels = image.load()
        for _ in range(image.width * image.height // 20000):  # dust
            pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.randrange(0, 120)
        pages.append(image)
    target.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  creationDate=None, modDate=None)


if __name__ == "__main__":
    scan(Path(sys.argv[1]), Path(sys.argv[2]), dpi=int(sys.argv[3]) if len(sys.argv) > 3 else 200)
