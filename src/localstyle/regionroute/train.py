"""`localstyle regionroute train DATA --style NAME -o DIR`: one style's LoRA on a frozen base.

Presets are data. `released` is the authors' script (lambda_f 0.1, lambda_c 5e-5, lr 1e-5, 10k steps,
AdamW 8-bit, weight decay 1e-4, clip 1.0, batch 2 x 4 accumulation); `paper` the paper's notes
(lambda_c 0.2, lr 1e-4, 5k steps). The prompts' text encodings (and, with cache_latents, the images' VAE
latents) are computed once, before the first step, and kept beside the manifest (regionroute.cache); the
encoders are then dropped, so only the transformer and its adapter stay on the device.
DIR receives `<style>.safetensors` (+ `<style>.json`) at the end, and
per style a folder DIR/<style>/ with losses.csv (one row per optimiser step: total, denoise, focus,
cover) and checkpoint/ (LoRA, optimiser and step, for --resume), so several styles share one DIR (the
folder `--adapters` reads) and each resumes on its own.
A non-finite loss stops the run with an error and saves no adapter.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from tqdm import tqdm

from localstyle.errors import FieldError, InputError
from localstyle.models import resolve_models
from localstyle.regionroute import experts
from localstyle.regionroute.attention import StyleAttentionRecorder, keep_one_gradient_layout
from localstyle.regionroute.bases import KontextBase, Pix2PixBase, load_base
from localstyle.regionroute.cache import TrainingInputs, cache_folder, is_quantized
from localstyle.regionroute.data import load_record, load_record_mask, read_records
from localstyle.regionroute.flow import LossWeights, TrainingBatch, training_step
from localstyle.settings import check_setting, check_settings

LOSS_NAMES = ("total", "denoise", "focus", "cover")


@dataclass(frozen=True)
class TrainSettings:
    steps: int = 10_000
    lr: float = 1e-5
    lambda_focus: float = 0.1
    lambda_cover: float = 5e-5
    tau: float = 0.1
    alpha: float = 2.0
    reduction: str = "released"
    map_mode: str = "joint"
    batch_size: int = 2
    accumulation: int = 4
    weight_decay: float = 1e-4
    grad_clip: float = 1.0
    rank: int = 4
    lora_alpha: int = 4
    resolution: int = 0  # 0: the base's own (Kontext 1024, InstructPix2Pix 512)
    max_sequence_length: int = 512  # T5 length, the same at inference
    checkpoint_every: int = 500
    gradient_checkpointing: bool = True
    seed: int = 0
    cache_embeddings: bool = True  # text encodings once per manifest, on disk beside it; encoders then dropped
    cache_latents: bool | str = "auto"  # VAE latents likewise; auto: on a GPU (the VAE then leaves it)


PRESETS = {
    "released": {},
    "paper": {"lambda_cover": 0.2, "lr": 1e-4, "steps": 5_000},
}


def train_settings(preset: str = "released", **overrides) -> TrainSettings:
    if preset not in PRESETS:
        raise InputError(f"unknown training preset {preset!r}: choose from {', '.join(PRESETS)}")
    fields = {f.name: f.type for f in dataclasses.fields(TrainSettings)}
    unknown = sorted(set(overrides) - set(fields))
    if unknown:
        raise InputError(f"unknown training setting(s) {', '.join(unknown)}: choose from {', '.join(fields)}")
    # every value through the shared table (localstyle.settings.RULES): one line naming the setting and its range
    return TrainSettings(**{**PRESETS[preset], **check_settings(overrides)})


def check_resolution(resolution: int, base: str) -> None:
    """A working size the base can take: within the shared range and a multiple of the base's factor
    (Kontext 16: VAE 8 x 2 x 2 patches; InstructPix2Pix 8); refused naming the nearest ones."""
    check_setting("resolution", resolution)
    multiple = (KontextBase if base == "kontext" else Pix2PixBase).multiple
    if resolution % multiple:
        low = resolution // multiple * multiple
        nearest = " or ".join(str(n) for n in (low, low + multiple) if 64 <= n)
        raise InputError(f"resolution {resolution} is not a multiple of {multiple} (base {base}): use {nearest}")


def make_optimizer(params: list, settings: TrainSettings, device: torch.device):
    """AdamW; bitsandbytes' 8-bit AdamW (as released) when it is installed and the device is CUDA."""
    if device.type == "cuda":
        try:
            import bitsandbytes

            return bitsandbytes.optim.AdamW8bit(params, lr=settings.lr, weight_decay=settings.weight_decay)
        except ImportError:
            pass
    return torch.optim.AdamW(params, lr=settings.lr, weight_decay=settings.weight_decay)


class Trainer:
    """One style's training run into `output_dir`; `run()` returns a summary dict."""

    def __init__(self, base, data: str | Path, style: str, output_dir: str | Path, settings: TrainSettings,
                 progress: Callable[[dict], None] | None = None, preset: str = "released"):
        self.base, self.style, self.settings, self.preset = base, style, settings, preset
        self.output_dir = Path(output_dir)
        self.records = read_records(data, style)
        self.size = settings.resolution or base.resolution
        check_resolution(self.size, base.name)
        base.set_text_length(settings.max_sequence_length)
        latents = settings.cache_latents if settings.cache_latents != "auto" else base.device.type == "cuda"
        self.inputs = TrainingInputs(base, self.records, self.size, cache_folder(data), settings.cache_embeddings,
                                     latents)
        place_for_training(base, text_cached=settings.cache_embeddings, latents_cached=latents)
        self.progress = progress or (lambda event: None)
        self.recorder = StyleAttentionRecorder(mode=settings.map_mode)
        base.install(self.recorder)
        keep_one_gradient_layout(base.denoiser)  # safe on every attention backend (cuDNN's included)
        devices = [base.device] if base.device.type == "cuda" else []
        with torch.random.fork_rng(devices=devices):  # the same seed, the same adapter (lora_A is drawn)
            torch.manual_seed(settings.seed)
            self.params = experts.add_style_lora(base, "style", settings.rank, settings.lora_alpha)
        if settings.gradient_checkpointing:
            base.denoiser.enable_gradient_checkpointing()
        base.denoiser.train()
        self.optimizer = make_optimizer(self.params, settings, base.device)
        self.weights = LossWeights(settings.lambda_focus, settings.lambda_cover, settings.tau, settings.alpha,
                                   settings.reduction)
        self.generator = torch.Generator().manual_seed(settings.seed)
        self.step = 0

    # -------------------------------------------------------------- checkpoints

    @property
    def run_dir(self) -> Path:
        """This style's own logs and checkpoint: DIR/<style key>/."""
        return self.output_dir / experts.style_key(self.style)

    @property
    def checkpoint_dir(self) -> Path:
        return self.run_dir / "checkpoint"

    def save_checkpoint(self) -> None:
        folder = self.checkpoint_dir
        folder.mkdir(parents=True, exist_ok=True)
        save_file({k: v.detach().contiguous().cpu() for k, v in experts.lora_state(self.base).items()},
                  str(folder / "lora.safetensors"))
        torch.save({"optimizer": self.optimizer.state_dict(), "generator": self.generator.get_state()},
                   folder / "state.pt")
        (folder / "step.json").write_text(json.dumps({"step": self.step, "style": self.style}) + "\n")

    def resume(self) -> None:
        from peft.utils import set_peft_model_state_dict

        folder = self.checkpoint_dir
        if not (folder / "step.json").exists():
            raise FieldError("resume", f"{{field}}: no checkpoint in {folder}")
        saved = json.loads((folder / "step.json").read_text())
        if saved.get("style") != self.style:
            raise FieldError("resume", f"{{field}}: the checkpoint in {folder} is for style {saved.get('style')!r}")
        set_peft_model_state_dict(self.base.denoiser, load_file(str(folder / "lora.safetensors")),
                                  adapter_name="style")
        state = torch.load(folder / "state.pt", weights_only=True)  # tensors and plain containers only
        self.optimizer.load_state_dict(state["optimizer"])
        self.generator.set_state(state["generator"])
        self.step = saved["step"]

    # -------------------------------------------------------------- the loop

    def batch(self) -> TrainingBatch:
        picks = torch.randint(0, len(self.records), (self.settings.batch_size,), generator=self.generator)
        records = [self.records[i] for i in picks.tolist()]
        device = self.base.device
        latents = self.inputs.batch_latents(records)  # each sample's own latents: found by its image files
        if latents is None:
            loaded = [load_record(r, self.size) for r in records]
            context, target = (torch.stack([x[k] for x in loaded]).to(device) for k in (0, 1))
            masks = torch.stack([x[2] for x in loaded])
        else:
            context = target = None
            masks = torch.stack([load_record_mask(r, self.size) for r in records])
        return TrainingBatch(context=context, target=target, masks=masks.to(device), prompts=[r.prompt for r in records],
                     styles=[r.style for r in records], text=self.inputs.batch_text(records), latents=latents)

    def optimiser_step(self) -> dict:
        totals = dict.fromkeys(LOSS_NAMES, 0.0)
        self.optimizer.zero_grad(set_to_none=True)
        for _ in range(self.settings.accumulation):
            losses = training_step(self.base, self.batch(), self.recorder, self.weights, self.generator)
            (losses["total"] / self.settings.accumulation).backward()
            for name in LOSS_NAMES:
                totals[name] += losses[name].item() / self.settings.accumulation
        if not all(math.isfinite(v) for v in totals.values()):
            raise InputError(f"training diverged at step {self.step + 1} (losses {totals}); no adapter was "
                             "saved: lower the learning rate")
        torch.nn.utils.clip_grad_norm_(self.params, self.settings.grad_clip)
        self.optimizer.step()
        self.step += 1
        return totals

    def run(self, resume: bool = False) -> dict:
        if resume:
            self.resume()
        self.run_dir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        log_path = self.run_dir / "losses.csv"
        new_log = not (resume and log_path.exists())
        with open(log_path, "w" if new_log else "a", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            if new_log:
                writer.writerow(["step", *LOSS_NAMES])
            bar = tqdm(total=self.settings.steps, initial=self.step, desc=f"train {self.style}", unit="step",
                       disable=None)
            while self.step < self.settings.steps:
                losses = self.optimiser_step()
                writer.writerow([self.step, *(f"{losses[n]:.6g}" for n in LOSS_NAMES)])
                handle.flush()
                bar.set_postfix(loss=f"{losses['total']:.4g}", focus=f"{losses['focus']:.4g}")
                bar.update(1)
                self.progress({"event": "step", "step": self.step, "steps": self.settings.steps, **losses})
                if self.step % self.settings.checkpoint_every == 0 or self.step == self.settings.steps:
                    self.save_checkpoint()
            bar.close()
        info = {"preset": self.preset, "steps": self.step, "settings": dataclasses.asdict(self.settings),
                "records": len(self.records)}
        adapter = experts.save_expert(self.base, self.output_dir, self.style, info=info)
        return {"adapter": str(adapter), "steps": self.step, "seconds": round(time.perf_counter() - started, 3),
                "losses_csv": str(log_path)}


def place_for_training(base, text_cached: bool, latents_cached: bool) -> None:
    """The denoiser on the device; the text encoders and the VAE there only where the steps still run them
    (their outputs not cached), and dropped otherwise, so they hold no memory during the steps."""
    pipe, device = base.pipe, base.device
    for name in base.text_parts:
        if text_cached:
            setattr(pipe, name, None)
        elif not is_quantized(getattr(pipe, name)):
            getattr(pipe, name).to(device)
    if latents_cached:
        pipe.vae = None
    else:
        pipe.vae.to(device)
    if not is_quantized(base.denoiser):  # bitsandbytes put an NF4 transformer on the GPU as it loaded
        base.denoiser.to(device)
    if device.type == "cuda":
        torch.cuda.empty_cache()


def train(data: str | Path, style: str, output_dir: str | Path, *, base: str = "kontext", models=None,
          device: str = "auto", preset: str = "released", settings: dict | None = None, resume: bool = False,
          progress: Callable[[dict], None] | None = None) -> dict:
    """Train `style`'s adapter from the records of `data` with that style; returns a summary."""
    chosen = train_settings(preset, **(settings or {}))
    if chosen.resolution:
        check_resolution(chosen.resolution, base)
    read_records(data, style)  # every line checked before any model loads
    model_set = resolve_models(models, device)
    # on the CPU: the encoders visit the device one at a time before the steps, then the transformer moves
    cuda = model_set.device.type == "cuda"
    loaded = load_base(model_set, base, quantize=cuda, memory=None, quantize_text=cuda and chosen.cache_embeddings)
    return Trainer(loaded, data, style, output_dir, chosen, progress, preset).run(resume=resume)
