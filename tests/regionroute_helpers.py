"""Adapters made exactly as the RegionRoute authors' training code makes them (training/lora.py, train.sh):
their LoraConfig on the Kontext transformer, FluxKontextPipeline.save_lora_weights into a folder
(pytorch_lora_weights.safetensors, metadata {"format": "pt"}, no side file), copied to <style>.safetensors.
Plain diffusers and peft only: nothing of localstyle."""

import shutil
import tempfile
from pathlib import Path

import torch

AUTHORS_LORA = {"r": 4, "lora_alpha": 4, "init_lora_weights": "gaussian",
                "target_modules": ["to_k", "to_q", "to_v", "to_out.0"]}


def save_authors_adapter(kontext_folder, path, seed: int, width_scale: int = 1) -> Path:
    """A trained-looking adapter (random lora_A and lora_B: gaussian init leaves lora_B at zero, a no-op)
    for the Kontext pipeline in `kontext_folder`, saved to `path`. `width_scale` > 1 makes a LoRA whose
    matrices are too wide for that transformer (an adapter of another model)."""
    from diffusers import FluxKontextPipeline
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    pipe = FluxKontextPipeline.from_pretrained(kontext_folder)
    pipe.transformer.add_adapter(LoraConfig(**AUTHORS_LORA))
    layers = get_peft_model_state_dict(pipe.transformer)
    generator = torch.Generator().manual_seed(seed)
    layers = {key: torch.randn(value.shape[0], value.shape[1] * width_scale, generator=generator) * 0.5
              for key, value in layers.items()}
    with tempfile.TemporaryDirectory() as folder:
        FluxKontextPipeline.save_lora_weights(folder, transformer_lora_layers=layers, text_encoder_lora_layers=None)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(folder) / "pytorch_lora_weights.safetensors", path)  # train.sh's copy to <style>.safetensors
    return path


def plain_diffusers_edit(kontext_folder, adapters: dict, active: str, image, prompt: str, steps: int, seed: int):
    """The authors' inference.py on the CPU: every adapter loaded by name, one set active, the pipeline
    called at the image's own size (Kontext's auto-resize off, as localstyle calls it); returns the image.
    `adapters`: adapter name -> file path."""
    from diffusers import FluxKontextPipeline

    pipe = FluxKontextPipeline.from_pretrained(kontext_folder)
    pipe.set_progress_bar_config(disable=True)
    for name, path in adapters.items():
        pipe.load_lora_weights(str(Path(path).parent), weight_name=Path(path).name, adapter_name=name)
    pipe.set_adapters([active], adapter_weights=[1.0])
    width, height = image.size
    return pipe(image=image, prompt=prompt, height=height, width=width, max_area=width * height, _auto_resize=False,
                guidance_scale=3.5, num_inference_steps=steps, generator=torch.Generator("cpu").manual_seed(seed),
                max_sequence_length=512).images[0]
