#!/usr/bin/env python3
"""Renders the app icon (resources/liftoff.svg) into the files the platforms want, all committed:

  resources/icons/hicolor/<n>x<n>/apps/chat.liftoff.Liftoff.png   Linux icon theme sizes
  packaging/windows/liftoff.ico                                    Windows (exe, installer)
  packaging/macos/liftoff.icns                                     macOS (.app bundle)

Run it after changing the SVG: python3 packaging/render-icons.py (needs rsvg-convert, from the
Debian package librsvg2-bin). Only the standard library otherwise: the .ico and .icns containers
are written here (small sizes as 32-bit BMP in the .ico so that every Windows and NSIS reads them,
64 px and up as PNG).
"""

import os
import struct
import subprocess
import sys
import tempfile
import zlib

APP_ID = "chat.liftoff.Liftoff"
HICOLOR_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
# ICNS element types and their pixel sizes (PNG payloads, macOS 10.7 and later).
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
]

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG = os.path.join(ROOT, "resources", "liftoff.svg")


def render(size, path):
    subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                    "--keep-aspect-ratio", "--format", "png", "--output", path, SVG], check=True)
    with open(path, "rb") as f:
        return f.read()


def rgba_rows(png):
    """Decodes an 8-bit RGBA, non-interlaced PNG (what rsvg-convert writes) into pixel rows."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data)
            if (depth, colour, interlace) != (8, 6, 0):
                sys.exit("expected an 8-bit RGBA non-interlaced PNG from rsvg-convert")
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw, stride, rows, previous = zlib.decompress(idat), width * 4, [], bytearray(width * 4)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - 4] if x >= 4 else 0
            up = previous[x]
            upper_left = previous[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else upper_left
                line[x] = (line[x] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows


def bmp_entry(png):
    """An ICO image as a 32-bit BGRA DIB (bottom-up) with its 1-bit AND mask."""
    width, height, rows = rgba_rows(png)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(bytes(b for i in range(0, len(row), 4)
                            for b in (row[i + 2], row[i + 1], row[i], row[i + 3]))
                      for row in reversed(rows))
    mask_stride = ((width + 31) // 32) * 4
    mask = b""
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bytes(bits)
    return header + pixels + mask


def write_ico(images, path):
    entries, payloads = b"", b""
    offset = 6 + 16 * len(images)
    for size, png in images:
        data = png if size >= 64 else bmp_entry(png)
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        payloads += data
        offset += len(data)
    with open(path, "wb") as f:
        f.write(struct.pack("<HHH", 0, 1, len(images)) + entries + payloads)


def write_icns(pngs, path):
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    with open(path, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main():
    pngs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(set(HICOLOR_SIZES + ICO_SIZES + [s for _, s in ICNS_TYPES])):
            pngs[size] = render(size, os.path.join(tmp, f"{size}.png"))
    for size in HICOLOR_SIZES:
        folder = os.path.join(ROOT, "resources", "icons", "hicolor", f"{size}x{size}", "apps")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, APP_ID + ".png"), "wb") as f:
            f.write(pngs[size])
    os.makedirs(os.path.join(ROOT, "packaging", "windows"), exist_ok=True)
    write_ico([(s, pngs[s]) for s in ICO_SIZES], os.path.join(ROOT, "packaging", "windows",
                                                              "liftoff.ico"))
    os.makedirs(os.path.join(ROOT, "packaging", "macos"), exist_ok=True)
    write_icns(pngs, os.path.join(ROOT, "packaging", "macos", "liftoff.icns"))
    print("rendered", ", ".join(f"{s}px" for s in HICOLOR_SIZES), "+ liftoff.ico + liftoff.icns")


if __name__ == "__main__":
    main()
