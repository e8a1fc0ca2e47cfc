"""What an eval run writes: results.csv (appended row by row, resumable), the summary (JSON and
markdown) and grid.png."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from localstyle import storage
from localstyle.errors import LocalStyleError
from localstyle.imageio import load_mask, load_photo, save_image
from localstyle.manifest import BrokenLine, ManifestItem
from localstyle.masks import mask_bbox, overlay

METRICS = ("clip_score", "rsm", "mse_bg", "psnr_bg", "ssim_bg", "lpips_bg")
BETTER = {"clip_score": "up", "rsm": "up", "mse_bg": "down", "psnr_bg": "up", "ssim_bg": "up", "lpips_bg": "down"}
COLUMNS = ("id", "line", "method", "status", "reason", "image", "output", "instruction", "style", "region",
           "box", "region_source", "mask_area", *METRICS, "seconds_region", "seconds_stylize", "seconds_score")
STATUSES = ("ok", "skipped", "error")
THUMB = 192  # grid cell side
LABEL_HEIGHT = 16  # text strip above each grid cell


# ---------------------------------------------------------------------------------------------- results.csv


def _format(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def read_results(path: Path) -> list[dict]:
    """Rows of results.csv, the last one per (id, method); rows cut short by a killed run are dropped."""
    if not path.exists():
        return []
    latest: dict[tuple[str, str], dict] = {}
    with open(path, newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            if row.get("status") not in STATUSES or not row.get("id") or not row.get("method"):
                continue
            if any(value is None for value in row.values()):
                continue
            latest[(row["id"], row["method"])] = row
    return list(latest.values())


def write_results(path: Path, rows: list[dict]) -> None:
    """results.csv whole (a renamed temporary file: a crash leaves the old one or the new one)."""
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=COLUMNS, extrasaction="ignore", restval="")
    writer.writeheader()
    writer.writerows(rows)
    storage.write_bytes(path, text.getvalue().encode("utf-8"))


class ResultsLog:
    """results.csv opened for appending: each row is written and flushed as soon as it exists."""

    def __init__(self, path: Path):
        self.path = path
        self.rows = {(r["id"], r["method"]): r for r in read_results(path)}
        write_results(path, list(self.rows.values()))  # one header, our columns, no half rows
        self.stream = open(path, "a", newline="", encoding="utf-8")
        self.writer = csv.DictWriter(self.stream, fieldnames=COLUMNS, extrasaction="ignore", restval="")

    def done(self, item_id: str, method: str) -> bool:
        row = self.rows.get((item_id, method))
        return row is not None and row["status"] == "ok"

    def add(self, row: dict) -> None:
        row = {k: _format(row.get(k)) for k in COLUMNS}
        self.writer.writerow(row)
        self.stream.flush()
        self.rows[(row["id"], row["method"])] = row

    def close(self) -> None:
        if not self.stream.closed:
            self.stream.close()
            write_results(self.path, list(self.rows.values()))


def saved_masks(output_dir: Path, item_slug: str) -> list[Path]:
    """DIR/masks/<id>__<k>.png of one item, in edit order (k from 1)."""
    pattern = re.compile(rf"{re.escape(item_slug)}__(\d+)\.png")
    found = [(int(m.group(1)), p) for p in (output_dir / "masks").glob("*.png") if (m := pattern.fullmatch(p.name))]
    return [p for _, p in sorted(found)]


# ---------------------------------------------------------------------------------------------- summary


def _number(value: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _json_number(value: float):
    if math.isnan(value):
        return None
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def summarise(rows: list[dict], methods: list[str], broken: list[BrokenLine], manifest: Path, config: dict,
              items: int) -> dict:
    """Per method: counts by status, and mean / std / n per metric over the rows that are ok (NaN left out).
    Non-finite numbers are written as null (NaN) or "inf" so the JSON stays standard."""
    per_method = {}
    for method in methods:
        mine = [r for r in rows if r["method"] == method]
        ok = [r for r in mine if r["status"] == "ok"]
        stats = {}
        for metric in METRICS:
            values = np.array([_number(r.get(metric)) for r in ok], dtype=float)
            values = values[~np.isnan(values)]
            if values.size:
                with np.errstate(invalid="ignore"):
                    mean, std = float(np.mean(values)), float(np.std(values))
            else:
                mean = std = float("nan")
            stats[metric] = {"mean": _json_number(mean), "std": _json_number(std), "n": int(values.size)}
        seconds = [_number(r.get("seconds_stylize")) for r in ok]
        per_method[method] = {
            "ok": len(ok), "skipped": sum(r["status"] == "skipped" for r in mine),
            "error": sum(r["status"] == "error" for r in mine), "metrics": stats,
            "seconds_stylize_mean": _json_number(float(np.mean(seconds))) if seconds else None,
        }
    not_ok = [{"id": r["id"], "line": int(r["line"]) if str(r.get("line", "")).isdigit() else None,
               "method": r["method"], "status": r["status"], "reason": r.get("reason", "")}
              for r in rows if r["status"] != "ok"]
    return {"manifest": str(manifest), "items": items, "methods": list(methods), "config": config,
            "results": per_method, "not_ok": not_ok,
            "broken_lines": [{"line": b.line, "reason": b.reason} for b in broken]}


def _cell(stat: dict) -> str:
    mean, std = stat["mean"], stat["std"]
    if mean is None:
        return "–"
    if isinstance(mean, str):
        return mean
    if std is None or isinstance(std, str):
        return f"{mean:.4g}"
    return f"{mean:.4g} ± {std:.2g}"


def summary_markdown(summary: dict) -> str:
    arrows = {"up": "↑", "down": "↓"}
    head = ["method", "ok", "skipped", "error", *(f"{m} {arrows[BETTER[m]]}" for m in METRICS), "s/item"]
    lines = [f"# Evaluation of `{summary['manifest']}`", "",
             f"{summary['items']} item(s); preset `{summary['config'].get('preset')}`, steps "
             f"{summary['config'].get('steps') or 'preset default'}, seed {summary['config'].get('seed')}. "
             "Mean ± standard deviation over the items scored ok; every method is scored on the region "
             "`least` uses.", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for method in summary["methods"]:
        result = summary["results"][method]
        seconds = result["seconds_stylize_mean"]
        lines.append("| " + " | ".join([f"`{method}`", str(result["ok"]), str(result["skipped"]),
                                         str(result["error"]), *(_cell(result["metrics"][m]) for m in METRICS),
                                         "–" if seconds is None else f"{seconds:.3g}"]) + " |")
    if summary["not_ok"]:
        lines += ["", "## Skipped or failed", ""]
        grouped: dict[tuple, list] = {}
        for row in summary["not_ok"]:
            grouped.setdefault((row["method"], row["status"], row["reason"]), []).append(row["id"])
        for (method, status, reason), ids in grouped.items():
            lines.append(f"- `{method}` {status} for {len(ids)} item(s) ({', '.join(ids)}): {reason}")
    if summary["broken_lines"]:
        lines += ["", "## Broken manifest lines (skipped)", ""]
        lines += [f"- line {b['line']}: {b['reason']}" for b in summary["broken_lines"]]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------- grid


def _font():
    return ImageFont.load_default()


def _thumbnail(image: Image.Image) -> Image.Image:
    cell = Image.new("RGB", (THUMB, THUMB), (255, 255, 255))
    image = image.convert("RGB")
    image.thumbnail((THUMB, THUMB), Image.LANCZOS)
    cell.paste(image, ((THUMB - image.width) // 2, (THUMB - image.height) // 2))
    return cell


def _placeholder(text: str) -> Image.Image:
    cell = Image.new("RGB", (THUMB, THUMB), (200, 200, 200))
    ImageDraw.Draw(cell).text((8, THUMB // 2 - 6), text[:30], fill=(60, 60, 60), font=_font())
    return cell


def grid_size(items: int, methods: int) -> tuple[int, int]:
    """(width, height) of grid.png: a 192 px column for the input and one per method, a row per item."""
    return THUMB * (methods + 1), (THUMB + LABEL_HEIGHT) * items


def write_grid(output_dir: Path, items: list[ManifestItem], methods: list[str], rows: dict) -> Path:
    """A row per item: the input with the region tinted and boxed, then each method's output."""
    grid = Image.new("RGB", grid_size(len(items), len(methods)), (255, 255, 255))
    draw = ImageDraw.Draw(grid)
    font = _font()
    for r, item in enumerate(items):
        top = r * (THUMB + LABEL_HEIGHT)
        try:
            photo = load_photo(item.image)
            preview = photo.rgb
            for path in saved_masks(output_dir, item.slug):
                mask = load_mask(path, photo.size)
                preview = overlay(preview, mask, mask_bbox(mask))
            first = _thumbnail(Image.fromarray(preview))
        except LocalStyleError:
            first = _placeholder("input unreadable")
        cells = [(f"{item.id}: {item.instruction}", first)]
        for method in methods:
            row = rows.get((item.id, method))
            path = output_dir / row["output"] if row and row.get("output") else None
            if row and row["status"] == "ok" and path and path.exists():
                cell = _thumbnail(Image.open(path))
            else:
                cell = _placeholder(row["status"] if row else "not run")
            cells.append((method, cell))
        for c, (label, cell) in enumerate(cells):
            grid.paste(cell, (c * THUMB, top + LABEL_HEIGHT))
            draw.text((c * THUMB + 3, top + 2), _fit(draw, label, font, THUMB - 6), fill=(0, 0, 0), font=font)
    path = output_dir / "grid.png"
    save_image(grid, path)
    return path


def _fit(draw, text: str, font, width: int) -> str:
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


def print_json(result: dict, path: str | None = None) -> None:
    """A measurement's result on stdout as JSON, and also into `path` when given (the benchmarks' --json)."""
    text = json.dumps(result, indent=2)
    print(text)
    if path:
        Path(path).write_text(text + "\n", encoding="utf-8")
