"""RegionRoute: attention-supervised regional style adapters on a diffusion editor, used mask-free."""

BASE_NAMES = ("kontext", "instructpix2pix")  # FLUX.1-Kontext-dev (default), InstructPix2Pix; see bases.py
